# cmake -DSRC=<tests/fuzz> -DBIN=<build dir> -DRUNS=<per target> -P run_fuzz.cmake
# Builds the fuzz targets with clang and runs each on its seed corpus for RUNS inputs.
find_program(CLANGXX clang++ REQUIRED)
execute_process(COMMAND ${CMAKE_COMMAND} -S ${SRC} -B ${BIN} -G Ninja -DCMAKE_CXX_COMPILER=${CLANGXX}
                        -DCMAKE_BUILD_TYPE=RelWithDebInfo RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "configuring the fuzz targets failed")
endif()
execute_process(COMMAND ${CMAKE_COMMAND} --build ${BIN} RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "building the fuzz targets failed")
endif()
foreach(t events op_results catalog wallet api_error money billers bill_lookup trains)
  set(work ${BIN}/corpus-${t})
  file(MAKE_DIRECTORY ${work})
  execute_process(COMMAND ${BIN}/fuzz_${t} -runs=${RUNS} -max_len=65536 -timeout=10 -rss_limit_mb=1024
                          -print_final_stats=1 ${work} ${SRC}/corpus/${t}
                  RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
  string(REGEX MATCH "stat::number_of_executed_units: *[0-9]+" units "${err}")
  message(STATUS "fuzz_${t}: ${units}")
  if(NOT rc EQUAL 0)
    message(FATAL_ERROR "fuzz_${t} found a crash:\n${err}")
  endif()
endforeach()
