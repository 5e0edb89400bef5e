# cmake -DSOURCE_DIR=<repository> -DCLANG_FORMAT=<clang-format> [-DGIT=<git>] -P CheckFormat.cmake
# Fails, naming the files, when a tracked .h/.cpp under src/, tests/ or bench/
# is not formatted as the repository's .clang-format says. It only checks and
# never rewrites: run `clang-format -i <file>` to fix what it names.
cmake_minimum_required(VERSION 3.22)

if(NOT CLANG_FORMAT OR NOT EXISTS "${CLANG_FORMAT}")
    message(FATAL_ERROR "clang-format was not found; scripts/install-deps test installs it")
endif()
if(NOT GIT)
    find_program(GIT git)
endif()
if(NOT GIT)
    message(STATUS "Formatting not checked: git is not installed")
    return()
endif()
execute_process(COMMAND "${GIT}" -C "${SOURCE_DIR}" rev-parse --show-toplevel
    RESULT_VARIABLE notACheckout OUTPUT_VARIABLE topLevel ERROR_QUIET OUTPUT_STRIP_TRAILING_WHITESPACE)
if(notACheckout)
    message(STATUS "Formatting not checked: ${SOURCE_DIR} is not a git checkout")
    return()
endif()

execute_process(COMMAND "${GIT}" ls-files -- "src/*.h" "src/*.cpp" "tests/*.h" "tests/*.cpp" "bench/*.h" "bench/*.cpp"
    WORKING_DIRECTORY "${SOURCE_DIR}" OUTPUT_VARIABLE listed RESULT_VARIABLE failed)
if(failed)
    message(FATAL_ERROR "git ls-files failed in ${SOURCE_DIR}")
endif()
string(REPLACE "\n" ";" files "${listed}")
list(FILTER files EXCLUDE REGEX "^$")
list(LENGTH files count)
if(count EQUAL 0)
    message(FATAL_ERROR "no source file is tracked under src/, tests/ or bench/")
endif()

execute_process(COMMAND "${CLANG_FORMAT}" --dry-run -Werror --style=file ${files}
    WORKING_DIRECTORY "${SOURCE_DIR}" RESULT_VARIABLE unformatted ERROR_VARIABLE report OUTPUT_QUIET)
if(unformatted)
    string(REGEX MATCHALL "[^\n:]+:[0-9]+:[0-9]+: error:" hits "${report}")
    set(named "")
    foreach(hit IN LISTS hits)
        string(REGEX REPLACE ":[0-9]+:[0-9]+: error:$" "" file "${hit}")
        list(APPEND named "${file}")
    endforeach()
    list(REMOVE_DUPLICATES named)
    list(JOIN named "\n  " namedText)
    message(FATAL_ERROR "Not formatted as .clang-format says (run clang-format -i on them):\n  ${namedText}\n\n${report}")
endif()
message(STATUS "${count} files formatted as .clang-format says")
