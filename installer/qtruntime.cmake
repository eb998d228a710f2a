# cybos_install_qt_runtime(<target> DESTINATION <dir> COMPONENT <name> PLUGINS <plugin>...)
#
# Installs what a Qt program needs beside it, in the layout windeployqt produces: the Qt and
# third-party DLLs it loads (found by CMake's own dependency scan), and the named Qt plugins
# (Qt6::<plugin> targets that exist) in <dir>/<plugin type>/, where Qt looks next to the
# executable. We do not run windeployqt: it misreads vcpkg's layout (microsoft/vcpkg#21044).
# Only libraries from the folders of Qt and QCoro are taken; the operating system's are not.
function(cybos_install_qt_runtime target)
  cmake_parse_arguments(PARSE_ARGV 1 arg "" "DESTINATION;COMPONENT" "PLUGINS")
  set(set_name ${target}_qt_runtime)
  install(TARGETS ${target} RUNTIME_DEPENDENCY_SET ${set_name}
          RUNTIME DESTINATION ${arg_DESTINATION} COMPONENT ${arg_COMPONENT})

  foreach(plugin IN LISTS arg_PLUGINS)
    cybos_load_qt_plugin(${plugin})
    if(TARGET Qt6::${plugin})
      get_target_property(type Qt6::${plugin} QT_PLUGIN_TYPE)
      install(IMPORTED_RUNTIME_ARTIFACTS Qt6::${plugin} RUNTIME_DEPENDENCY_SET ${set_name}
              LIBRARY DESTINATION ${arg_DESTINATION}/${type} COMPONENT ${arg_COMPONENT})
    endif()
  endforeach()

  set(include_regexes "")
  cybos_imported_dirs(dirs Qt6::Core QCoro6::Core)
  foreach(dir IN LISTS dirs)
    string(REGEX REPLACE "([][+.*()^$?|\\\\])" "\\\\\\1" escaped "${dir}")
    list(APPEND include_regexes "^${escaped}/")
  endforeach()
  install(RUNTIME_DEPENDENCY_SET ${set_name}
          PRE_EXCLUDE_REGEXES "^api-ms-" "^ext-ms-"
          POST_INCLUDE_REGEXES ${include_regexes}
          POST_EXCLUDE_REGEXES ".*"
          DIRECTORIES ${dirs}
          RUNTIME DESTINATION ${arg_DESTINATION} LIBRARY DESTINATION ${arg_DESTINATION}
          COMPONENT ${arg_COMPONENT})
endfunction()

# Makes the imported target Qt6::<plugin> if Qt has that plugin. Qt normally loads every
# plugin package of a module with the module; some distributions leave that file out.
function(cybos_load_qt_plugin plugin)
  if(TARGET Qt6::${plugin})
    return()
  endif()
  foreach(module Gui Widgets Sql Network Svg)
    if(Qt6${module}_DIR AND EXISTS "${Qt6${module}_DIR}/Qt6${plugin}Config.cmake")
      set(Qt6${plugin}_DIR "${Qt6${module}_DIR}")
      find_package(Qt6${plugin} CONFIG QUIET)
      return()
    endif()
  endforeach()
endfunction()

# The folders holding the files of imported libraries, for every configuration they provide.
function(cybos_imported_dirs out)
  set(dirs "")
  foreach(lib IN LISTS ARGN)
    foreach(config RELEASE RELWITHDEBINFO MINSIZEREL NONE DEBUG)
      if(TARGET ${lib})
        get_target_property(location ${lib} IMPORTED_LOCATION_${config})
        if(location)
          get_filename_component(dir "${location}" DIRECTORY)
          list(APPEND dirs "${dir}")
        endif()
      endif()
    endforeach()
  endforeach()
  list(REMOVE_DUPLICATES dirs)
  set(${out} "${dirs}" PARENT_SCOPE)
endfunction()
