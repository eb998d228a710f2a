# cmake -DDIR=<folder> -DFORBIDDEN=<sibling folder of cybos/> -DSTAMP=<file> -P forbidincludes.cmake
# Fails, naming file and line, when a source under DIR includes anything of cybos/FORBIDDEN
# ("cybos/<FORBIDDEN>/…" or "../<FORBIDDEN>/…"); otherwise touches STAMP.
file(GLOB_RECURSE sources ${DIR}/*.cpp ${DIR}/*.h)
set(found "")
foreach(source ${sources})
  file(STRINGS ${source} lines REGEX "^[ \t]*#[ \t]*include[ \t]*[\"<](cybos/|\\.\\./)${FORBIDDEN}/")
  foreach(line ${lines})
    string(APPEND found "\n  ${source}: ${line}")
  endforeach()
endforeach()
if(found)
  message(FATAL_ERROR "${DIR} may not include cybos/${FORBIDDEN}:${found}")
endif()
file(TOUCH ${STAMP})
