// SPDX-License-Identifier: GPL-3.0-or-later
// text::escapeUnsafe: the one escaping step for terminals and XML (issue 13, faults 10 and 11).
#include "testsupport.h"
#include "util/safetext.h"

using namespace Qt::Literals::StringLiterals;
using wgll::text::escapeUnsafe;
using wgll::text::Keep;

TEST_CASE("escapeUnsafe writes controls, DEL, C1 and bidi overrides as visible escapes", "[text]")
{
    CHECK(escapeUnsafe(u"plain text, £ and \u00e9"_s) == u"plain text, £ and \u00e9"_s);
    CHECK(escapeUnsafe(u"a\x1b[31mb"_s) == u"a\\x1b[31mb"_s);
    CHECK(escapeUnsafe(u"one\r\ntwo\tthree"_s) == u"one\\x0d\\x0atwo\\x09three"_s);
    CHECK(escapeUnsafe(u"one\r\ntwo\tthree"_s, Keep::LineBreaks) == u"one\\x0d\ntwo\tthree"_s);
    CHECK(escapeUnsafe(QString(QChar(0)) + u"\x7f\u0085\u009b"_s) == u"\\x00\\x7f\\x85\\x9b"_s);
    CHECK(escapeUnsafe(u"report\u202efdp.exe \u2066x\u2069 \u2028"_s) == u"report\\u202efdp.exe \\u2066x\\u2069 \\u2028"_s);
    // A surrogate pair is one character (kept); a lone half is not (escaped: not allowed in XML).
    CHECK(escapeUnsafe(u"\U0001F600"_s) == u"\U0001F600"_s);
    CHECK(escapeUnsafe(QString(QChar(0xd800)) + u'x') == u"\\ud800x"_s);
    CHECK(escapeUnsafe(QString(QChar(0xfffe))) == u"\\ufffe"_s);
}
