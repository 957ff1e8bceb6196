# SPDX-License-Identifier: GPL-3.0-or-later
# Project-wide warning and strictness settings, applied through one interface target so that
# third-party code (Catch2, Qt headers) is not affected.
add_library(wgll_settings INTERFACE)
add_library(wgll::settings ALIAS wgll_settings)

target_compile_options(wgll_settings INTERFACE
  -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor -Wold-style-cast -Wcast-align
  -Woverloaded-virtual -Wconversion -Wsign-conversion -Wnull-dereference -Wformat=2
  -Wimplicit-fallthrough)
if(WGLL_WARNINGS_AS_ERRORS)
  target_compile_options(wgll_settings INTERFACE -Werror)
endif()

# Qt strictness: no implicit ASCII casts, no Q_FOREACH, fast string concatenation,
# nothing deprecated as of the Qt we build against.
target_compile_definitions(wgll_settings INTERFACE
  QT_NO_CAST_FROM_ASCII QT_NO_CAST_TO_ASCII QT_NO_CAST_FROM_BYTEARRAY QT_NO_FOREACH
  QT_NO_KEYWORDS QT_USE_QSTRINGBUILDER QT_NO_URL_CAST_FROM_STRING
  QT_DISABLE_DEPRECATED_BEFORE=0x060400
  WGLL_VERSION="${PROJECT_VERSION}")

if(WGLL_SANITIZE)
  target_compile_options(wgll_settings INTERFACE -fsanitize=address,undefined -fno-omit-frame-pointer
                                                  -fno-sanitize-recover=undefined)
  target_link_options(wgll_settings INTERFACE -fsanitize=address,undefined)
endif()
if(WGLL_BUILD_FUZZERS)
  # Coverage for libFuzzer in everything the harness reaches; the harness links the fuzzer main.
  target_compile_options(wgll_settings INTERFACE -fsanitize=fuzzer-no-link)
endif()

# The packaged (Release) programs get the hardening Debian builds its own packages with
# (dpkg-buildflags): fortified libc calls, stack protector, read-only relocations bound at start.
# Release only: _FORTIFY_SOURCE needs optimisation, and the sanitizer builds must not mix with it.
target_compile_options(wgll_settings INTERFACE
  $<$<CONFIG:Release>:-U_FORTIFY_SOURCE -D_FORTIFY_SOURCE=2 -fstack-protector-strong>)
target_link_options(wgll_settings INTERFACE $<$<CONFIG:Release>:LINKER:-z,relro LINKER:-z,now>)
