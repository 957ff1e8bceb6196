# SPDX-License-Identifier: GPL-3.0-or-later
# Runs one libFuzzer harness for ctest: cmake -DFUZZER=… -DFOUND=… -DCORPUS=… -DSECONDS=… -DMAX_LEN=… -P
# The "found" folder is emptied first, so each run starts from the committed corpus alone and
# what it holds afterwards is what this run discovered. libFuzzer exits non-zero on a crash, a
# sanitizer report, a leak, a timeout (-timeout) or running out of memory (-rss_limit_mb); that
# exit status fails the test.
foreach(var FUZZER FOUND CORPUS SECONDS MAX_LEN)
  if(NOT DEFINED ${var})
    message(FATAL_ERROR "runfuzzer.cmake: ${var} is not set")
  endif()
endforeach()
# Reproducers (crash-*, leak-*, timeout-*) go to a folder of their own beside it, also emptied,
# so what it holds after a failed run is that run's and nothing older.
set(artifacts "${FOUND}-artifacts/")
file(REMOVE_RECURSE "${FOUND}" "${artifacts}")
file(MAKE_DIRECTORY "${FOUND}" "${artifacts}")
execute_process(
  COMMAND ${CMAKE_COMMAND} -E env ASAN_OPTIONS=detect_leaks=1 UBSAN_OPTIONS=print_stacktrace=1
          "${FUZZER}" -max_total_time=${SECONDS} -max_len=${MAX_LEN} -rss_limit_mb=2048 -timeout=10
          -print_final_stats=1 -artifact_prefix=${artifacts} "${FOUND}" "${CORPUS}"
  RESULT_VARIABLE result)
if(NOT result EQUAL 0)
  file(GLOB reproducers "${artifacts}*")
  if(NOT reproducers)
    # libFuzzer writes no file when an input of the corpus itself fails (a leak found while
    # loading it, say); the log above names the input.
    set(reproducers "none written: an input in ${CORPUS}, see the log above")
  endif()
  message(FATAL_ERROR "${FUZZER} failed (exit status ${result}); reproducer: ${reproducers}\n"
                      "Fix it, then add the reproducer to ${CORPUS} so every build replays it.")
endif()
