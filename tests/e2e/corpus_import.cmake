# End to end: a small generated study corpus (every format the generator writes)
# imported by groundwork-cli into a new project; every source file must import,
# and only the two sheets (attributes, participants) are skipped (they are not sources).
foreach(var GENERATOR CLI WORK)
  if(NOT DEFINED ${var})
    message(FATAL_ERROR "usage: cmake -DGENERATOR=... -DCLI=... -DWORK=... -P corpus_import.cmake")
  endif()
endforeach()
string(RANDOM LENGTH 10 tag)
set(WORK ${WORK}/groundwork-e2e-corpus-${tag})
file(REMOVE_RECURSE ${WORK})

execute_process(COMMAND ${GENERATOR} ${WORK}/corpus --scale 0.05 RESULT_VARIABLE rc ERROR_VARIABLE err)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "groundwork-corpus failed: ${err}")
endif()
file(GLOB_RECURSE files LIST_DIRECTORIES false ${WORK}/corpus/*)
list(FILTER files EXCLUDE REGEX "/\\.[^/]*$") # hidden files are never imported
list(LENGTH files total)

execute_process(COMMAND ${CLI} init ${WORK}/study.groundwork RESULT_VARIABLE rc ERROR_VARIABLE err)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "init failed: ${err}")
endif()
execute_process(COMMAND ${CLI} import -p ${WORK}/study.groundwork --json ${WORK}/corpus
                RESULT_VARIABLE rc OUTPUT_VARIABLE report ERROR_VARIABLE err)
string(JSON imported GET "${report}" imported)
string(JSON skipped GET "${report}" skipped)
string(JSON failed GET "${report}" failed)
math(EXPR expected "${total} - 2") # the two sheets
if(NOT rc EQUAL 0 OR NOT failed EQUAL 0 OR NOT skipped EQUAL 2 OR NOT imported EQUAL expected)
  message(FATAL_ERROR "import of ${total} files: exit ${rc}, imported ${imported} (expected ${expected}), "
                      "skipped ${skipped}, failed ${failed}\n${report}\n${err}")
endif()

execute_process(COMMAND ${CLI} info -p ${WORK}/study.groundwork --json OUTPUT_VARIABLE info)
string(JSON sources GET "${info}" sources)
if(NOT sources EQUAL expected)
  message(FATAL_ERROR "the project holds ${sources} sources, expected ${expected}")
endif()
foreach(kind interviews observations documents)
  string(JSON n GET "${info}" ${kind})
  if(n EQUAL 0)
    message(FATAL_ERROR "no ${kind} imported: ${info}")
  endif()
endforeach()
# Importing the same corpus again doubles nothing.
execute_process(COMMAND ${CLI} import -p ${WORK}/study.groundwork --json ${WORK}/corpus OUTPUT_VARIABLE again)
string(JSON imported_again GET "${again}" imported)
if(NOT imported_again EQUAL 0)
  message(FATAL_ERROR "a second import added ${imported_again} sources")
endif()
file(REMOVE_RECURSE ${WORK})
message(STATUS "imported ${imported} of ${total} files (${sources} sources)")
