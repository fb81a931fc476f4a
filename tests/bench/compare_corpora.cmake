# Runs GENERATOR twice at a tiny scale into two fresh folders under WORK and
# requires the two trees to match byte for byte, PDFs included (the generator
# pins QPdfWriter's creation date, document id and XMP metadata). A tiny corpus
# still holds every format, which this checks too.
foreach(var GENERATOR WORK)
  if(NOT DEFINED ${var})
    message(FATAL_ERROR "usage: cmake -DGENERATOR=... -DWORK=... -P compare_corpora.cmake")
  endif()
endforeach()

# The generator refuses folders inside the checkout (where the build may live),
# so the two trees go to a fresh folder under WORK (/tmp).
string(RANDOM LENGTH 10 tag)
set(WORK ${WORK}/groundwork-determinism-${tag})
file(REMOVE_RECURSE ${WORK})
foreach(run a b)
  execute_process(COMMAND ${GENERATOR} ${WORK}/${run} --scale 0.04 RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
  if(NOT rc EQUAL 0)
    message(FATAL_ERROR "groundwork-corpus failed (${rc}):\n${out}${err}")
  endif()
endforeach()

file(GLOB_RECURSE files_a LIST_DIRECTORIES false RELATIVE ${WORK}/a ${WORK}/a/*)
file(GLOB_RECURSE files_b LIST_DIRECTORIES false RELATIVE ${WORK}/b ${WORK}/b/*)
list(SORT files_a)
list(SORT files_b)
if(NOT files_a STREQUAL files_b)
  message(FATAL_ERROR "the two runs wrote different file lists:\n${files_a}\n---\n${files_b}")
endif()
foreach(suffix txt vtt md odt docx pdf html csv)
  if(NOT files_a MATCHES "\\.${suffix}(;|$)")
    message(FATAL_ERROR "the tiny corpus has no .${suffix} file: ${files_a}")
  endif()
endforeach()
foreach(f IN LISTS files_a)
  execute_process(COMMAND ${CMAKE_COMMAND} -E compare_files ${WORK}/a/${f} ${WORK}/b/${f} RESULT_VARIABLE differ)
  if(NOT differ EQUAL 0)
    message(FATAL_ERROR "${f} differs between two runs with the same seed")
  endif()
endforeach()
list(LENGTH files_a n)
message(STATUS "${n} files identical across two runs")
# The generator refuses folders inside the checkout (where the build may live),
# so the two trees go to a fresh folder under WORK (/tmp).
string(RANDOM LENGTH 10 tag)
set(WORK ${WORK}/groundwork-determinism-${tag})
file(REMOVE_RECURSE ${WORK})
file(REMOVE_RECURSE ${WORK})
