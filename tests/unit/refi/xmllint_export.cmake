# Exports checked by xmllint (libxml2's own command) against the REFI-QDA
# schemas: the demo study as .qdpx and .qdc, and, when the shared samples are
# there, the QualCoder sample imported and exported again.
set(work "${CMAKE_CURRENT_BINARY_DIR}/refi-xmllint")
file(REMOVE_RECURSE "${work}")
file(MAKE_DIRECTORY "${work}")

function(run)
  execute_process(COMMAND ${ARGN} RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
  if(NOT rc EQUAL 0)
    message(FATAL_ERROR "failed (${rc}): ${ARGN}\n${out}\n${err}")
  endif()
endfunction()

function(check_qdpx qdpx name)
  file(MAKE_DIRECTORY "${work}/${name}")
  execute_process(COMMAND ${CMAKE_COMMAND} -E tar xf "${qdpx}" WORKING_DIRECTORY "${work}/${name}")
  if(NOT EXISTS "${work}/${name}/project.qde")
    message(FATAL_ERROR "${qdpx} holds no project.qde")
  endif()
  run(${XMLLINT} --noout --schema "${SCHEMAS}/Project.xsd" "${work}/${name}/project.qde")
  message(STATUS "${name}: project.qde validates")
endfunction()

set(ENV{GROUNDWORK_CODER} "xmllint")
run(${CLI} init --demo "${work}/demo.groundwork")
run(${CLI} export qdpx -p "${work}/demo.groundwork" -o "${work}/demo.qdpx")
check_qdpx("${work}/demo.qdpx" demo)
run(${CLI} export qdc -p "${work}/demo.groundwork" -o "${work}/demo.qdc")
run(${XMLLINT} --noout --schema "${SCHEMAS}/Codebook.xsd" "${work}/demo.qdc")

if(EXISTS "${SAMPLES}/qualcoder-3.6__mannheimer_cases.qdpx")
  run(${CLI} import-qdpx -p "${work}/qc.groundwork" "${SAMPLES}/qualcoder-3.6__mannheimer_cases.qdpx")
  run(${CLI} export qdpx -p "${work}/qc.groundwork" -o "${work}/qc.qdpx")
  check_qdpx("${work}/qc.qdpx" qualcoder)
  run(${CLI} export qdc -p "${work}/qc.groundwork" -o "${work}/qc.qdc")
  run(${XMLLINT} --noout --schema "${SCHEMAS}/Codebook.xsd" "${work}/qc.qdc")
endif()
