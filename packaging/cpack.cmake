# SPDX-License-Identifier: GPL-3.0-or-later
# CPack: the Debian package here; the Windows installer (NSIS) and the macOS disk image are
# configured in packaging/windows and packaging/macos and built on those systems (docs/packaging.md).
set(CPACK_PACKAGE_NAME wgll-workbench)
set(CPACK_PACKAGE_VENDOR "WGLL Workbench contributors")
set(CPACK_PACKAGE_CONTACT "WGLL Workbench maintainers <maintainers@wgll-workbench.invalid>")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_HOMEPAGE_URL ${PROJECT_HOMEPAGE_URL})
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "assess NHS digital maturity against What Good Looks Like")
# Lines under 80 characters: Debian's limit for a package description (lintian checks it).
set(CPACK_PACKAGE_DESCRIPTION
    "An offline desktop workbench for assessing NHS organisations and Integrated
Care Systems against the What Good Looks Like framework: scoring from the
keyboard, workshop voting with a presenter view, comparison with last year,
roll-up of many organisations, and the board report as PDF, ODT or HTML.
Each assessment is one self-contained .wgll file.
.
The package holds the workbench window (wgll-workbench) and the command
line (wgll).")
set(CPACK_RESOURCE_FILE_LICENSE ${PROJECT_SOURCE_DIR}/LICENSE)
set(CPACK_STRIP_FILES ON)
set(CPACK_SOURCE_IGNORE_FILES "/build/;/\\\\.git/")

if(CMAKE_SYSTEM_NAME STREQUAL "Linux")
  set(CPACK_GENERATOR DEB)
  set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
  set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)            # wgll-workbench_<version>_amd64.deb
  set(CPACK_DEBIAN_PACKAGE_SECTION misc)
  set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
  set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)             # Depends computed by dpkg-shlibdeps
  # What dpkg-shlibdeps cannot see: the font the PDF report embeds (found by name at run time).
  set(CPACK_DEBIAN_PACKAGE_DEPENDS "fonts-liberation2")
  # Opening files and links from the window goes through xdg-open.
  set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "xdg-utils")
  # Control files made by CPack need the modes dpkg expects (lintian checks them).
  set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
elseif(WIN32)
  include(${CMAKE_CURRENT_LIST_DIR}/windows/cpack-nsis.cmake)
elseif(APPLE)
  include(${CMAKE_CURRENT_LIST_DIR}/macos/cpack-dmg.cmake)
endif()

include(CPack)
