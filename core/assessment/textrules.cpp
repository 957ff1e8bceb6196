// SPDX-License-Identifier: GPL-3.0-or-later
#include "textrules.h"

#include <algorithm>

namespace wgll::text {

namespace {

QString codePoint(char32_t c)
{
    return u"U+" + QString::number(static_cast<uint>(c), 16).toUpper().rightJustified(4, u'0');
}

// `beforeNewline`: the next character is a newline, so a carriage return here ends a line the
// Windows way (CSV files from Windows carry them in multi-line cells) and cannot overwrite one.
// A plain test, no message: it runs for every character of every text in a file.
bool isAllowed(char32_t c, Lines lines, bool beforeNewline)
{
    if (c >= 0x20 && c != 0x7f && (c < 0x80 || c > 0x9f))
        return true;
    return lines == Lines::Multi && (c == u'\t' || c == u'\n' || (c == u'\r' && beforeNewline));
}

// What is wrong with a character isAllowed() refused.
QString whyNotAllowed(char32_t c)
{
    if (c == 0)
        return QStringLiteral("contains a NUL character");
    if (c == u'\n' || c == u'\r')
        return QStringLiteral("contains a line break (%1)").arg(codePoint(c));
    return QStringLiteral("contains a control character (%1)").arg(codePoint(c));
}

QString tooLong(qsizetype maxChars)
{
    return QStringLiteral("is longer than %1 characters").arg(maxChars);
}

bool isSurrogate(char32_t c)
{
    return c >= 0xd800 && c <= 0xdfff;
}

// Code points of UTF-16 text, each with the index of the unit after it; a lone surrogate comes
// out as itself (and is refused by callers). `visit` returns false to stop.
template <typename Visit>
void forEachCodePoint(QStringView text, Visit visit)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t u = text[i].unicode();
        if (QChar::isHighSurrogate(u) && i + 1 < text.size() && QChar::isLowSurrogate(text[i + 1].unicode())) {
            if (!visit(QChar::surrogateToUcs4(u, text[i + 1].unicode()), i + 2))
                return;
            ++i;
        } else if (!visit(char32_t(u), i + 1)) {
            return;
        }
    }
}

bool isUnsafeInFileName(char32_t c)
{
    return c < 0x20 || (c >= 0x7f && c <= 0x9f) || isBidiControl(c) || isSurrogate(c) || c == 0x2028 ||
           c == 0x2029;
}

} // namespace

std::optional<QString> problemWithUtf8(QByteArrayView bytes, Lines lines, qsizetype maxChars, qsizetype maxBytes)
{
    if (bytes.size() > maxBytes)
        return tooLong(maxChars);
    const auto *p = reinterpret_cast<const uchar *>(bytes.data());
    const qsizetype n = bytes.size();
    qsizetype characters = 0;
    for (qsizetype i = 0; i < n;) {
        const uchar lead = p[i];
        if (lead >= 0x20 && lead < 0x7f) { // printable ASCII, most of any text
            ++characters;
            ++i;
            continue;
        }
        char32_t c = lead;
        int length = 1;
        char32_t least = 0;
        if (lead >= 0x80) {
            if ((lead & 0xe0) == 0xc0) {
                c = lead & 0x1f, length = 2, least = 0x80;
            } else if ((lead & 0xf0) == 0xe0) {
                c = lead & 0x0f, length = 3, least = 0x800;
            } else if ((lead & 0xf8) == 0xf0) {
                c = lead & 0x07, length = 4, least = 0x10000;
            } else {
                return QStringLiteral("is not valid UTF-8 text");
            }
            if (i + length > n)
                return QStringLiteral("is not valid UTF-8 text");
            for (int k = 1; k < length; ++k) {
                if ((p[i + k] & 0xc0) != 0x80)
                    return QStringLiteral("is not valid UTF-8 text");
                c = c << 6 | (p[i + k] & 0x3f);
            }
            // Overlong forms, surrogates and values past U+10FFFF are not UTF-8 either.
            if (c < least || c > 0x10ffff || isSurrogate(c))
                return QStringLiteral("is not valid UTF-8 text");
        }
        if (!isAllowed(c, lines, i + 1 < n && p[i + 1] == '\n'))
            return whyNotAllowed(c);
        ++characters;
        i += length;
    }
    if (characters > maxChars)
        return tooLong(maxChars);
    return std::nullopt;
}

std::optional<QString> problemWithText(QStringView text, Lines lines, qsizetype maxChars)
{
    std::optional<QString> problem;
    qsizetype characters = 0;
    forEachCodePoint(text, [&](char32_t c, qsizetype next) {
        if (isSurrogate(c))
            problem = QStringLiteral("is not valid text (a lone UTF-16 surrogate)");
        else if (!isAllowed(c, lines, next < text.size() && text[next] == u'\n'))
            problem = whyNotAllowed(c);
        ++characters;
        return !problem;
    });
    if (problem)
        return problem;
    if (characters > maxChars)
        return tooLong(maxChars);
    return std::nullopt;
}

bool isBidiControl(char32_t c)
{
    return c == 0x061c || c == 0x200e || c == 0x200f || (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069);
}

QString safeFileName(QStringView name)
{
    const qsizetype slash = std::max(name.lastIndexOf(u'/'), name.lastIndexOf(u'\\'));
    QString kept;
    forEachCodePoint(name.mid(slash + 1), [&](char32_t c, qsizetype) {
        if (!isUnsafeInFileName(c))
            kept.append(QString::fromUcs4(&c, 1));
        return true;
    });
    kept = kept.trimmed();
    if (kept.isEmpty() || kept == u"." || kept == u"..")
        return QStringLiteral("evidence");
    if (kept.toUtf8().size() <= MaxFileNameBytes)
        return kept;
    // Too long: shorten the stem a character at a time, keeping a short extension.
    const qsizetype dot = kept.lastIndexOf(u'.');
    const QString extension = dot > 0 && kept.size() - dot <= 16 ? kept.mid(dot) : QString();
    QString stem = kept.left(kept.size() - extension.size());
    while (!stem.isEmpty() && (stem + extension).toUtf8().size() > MaxFileNameBytes)
        stem.chop(stem.size() >= 2 && stem.back().isLowSurrogate() ? 2 : 1);
    return stem.trimmed() + extension;
}

std::optional<QString> problemWithFileName(QStringView name)
{
    if (name.isEmpty())
        return QStringLiteral("is empty");
    if (name == u"." || name == u"..")
        return QStringLiteral("is not a file name (\"%1\")").arg(name);
    if (name.contains(u'/') || name.contains(u'\\'))
        return QStringLiteral("contains a folder part (a slash)");
    std::optional<QString> problem;
    forEachCodePoint(name, [&](char32_t c, qsizetype) {
        if (isUnsafeInFileName(c))
            problem = QStringLiteral("contains a control or bidirectional-override character (%1)").arg(codePoint(c));
        return !problem;
    });
    if (problem)
        return problem;
    if (name.toUtf8().size() > MaxFileNameBytes)
        return QStringLiteral("is longer than %1 bytes").arg(MaxFileNameBytes);
    return std::nullopt;
}

QString titleFromFirstLine(QStringView text, qsizetype maxChars)
{
    QString line;
    for (const QStringView part : text.tokenize(u'\n')) {
        line = part.toString().replace(u'\t', u' ').trimmed();
        if (!line.isEmpty())
            break;
    }
    if (line.size() <= maxChars || maxChars < 2)
        return line.left(std::max<qsizetype>(maxChars, 0));
    // Room for the ellipsis that shows the title was cut.
    qsizetype cut = maxChars - 1;
    const qsizetype space = line.lastIndexOf(u' ', cut);
    if (space > 0)
        cut = space;
    else if (line.at(cut - 1).isHighSurrogate())
        --cut;
    return line.left(cut).trimmed() + u'…';
}

} // namespace wgll::text
