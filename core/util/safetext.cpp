// SPDX-License-Identifier: GPL-3.0-or-later
#include "safetext.h"

namespace wgll::text {

bool isUnsafe(char32_t c)
{
    return c < 0x20 || (c >= 0x7f && c < 0xa0) || (c >= 0x202a && c <= 0x202e) ||
           (c >= 0x2066 && c <= 0x2069) || c == 0x2028 || c == 0x2029 || c == 0xfffe || c == 0xffff ||
           (c >= 0xd800 && c <= 0xdfff);
}

namespace {

void appendEscape(QString &out, char32_t c)
{
    if (c < 0x100)
        out += u"\\x" + QString::number(c, 16).rightJustified(2, u'0');
    else
        out += u"\\u" + QString::number(c, 16).rightJustified(4, u'0');
}

} // namespace

QString escapeUnsafe(const QString &text, Keep keep)
{
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar ch = text.at(i);
        // A well-formed surrogate pair is one ordinary character (an emoji, say): copy both halves.
        if (ch.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
            out += ch;
            out += text.at(++i);
            continue;
        }
        const char32_t c = ch.unicode();
        const bool layout = c == u'\n' || c == u'\t';
        if (isUnsafe(c) && !(layout && keep == Keep::LineBreaks))
            appendEscape(out, c);
        else
            out += ch;
    }
    return out;
}

} // namespace wgll::text
