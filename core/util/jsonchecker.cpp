// SPDX-License-Identifier: GPL-3.0-or-later
#include "jsonchecker.h"

#include <cmath>

namespace wgll {

QString JsonChecker::join(const QString &path, const QString &key)
{
    return path.isEmpty() ? key : path + u'.' + key;
}

QString JsonChecker::index(const QString &path, qsizetype i)
{
    return path + u'[' + QString::number(i) + u']';
}

void JsonChecker::problem(const QString &path, const QString &message)
{
    if (m_problems.size() >= ProblemLimit) {
        ++m_dropped;
        return;
    }
    m_problems.append(path.isEmpty() ? message : path + u": " + message);
}

QStringList JsonChecker::problems() const
{
    QStringList all = m_problems;
    if (m_dropped > 0)
        all.append(QStringLiteral("… and %1 more problems").arg(m_dropped));
    return all;
}

QString JsonChecker::typeName(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Bool:
        return QStringLiteral("a boolean");
    case QJsonValue::Double:
        return QStringLiteral("a number");
    case QJsonValue::String:
        return QStringLiteral("a string");
    case QJsonValue::Array:
        return QStringLiteral("an array");
    case QJsonValue::Object:
        return QStringLiteral("an object");
    case QJsonValue::Undefined:
        break;
    }
    return QStringLiteral("nothing");
}

void JsonChecker::onlyKnownKeys(const QJsonObject &object, const QString &path, const QStringList &known)
{
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (!known.contains(it.key()) && !it.key().startsWith(u"x-"))
            problem(join(path, it.key()), QStringLiteral("unknown key (extensions must start with \"x-\")"));
    }
}

std::optional<QJsonObject> JsonChecker::object(const QJsonValue &value, const QString &path)
{
    if (!value.isObject()) {
        problem(path, u"expected an object, found " + typeName(value));
        return std::nullopt;
    }
    return value.toObject();
}

std::optional<QJsonArray> JsonChecker::array(const QJsonObject &object, const QString &path, const QString &key,
                                             qsizetype minItems, qsizetype maxItems)
{
    const QString where = join(path, key);
    if (!object.contains(key)) {
        problem(where, QStringLiteral("required key is missing"));
        return std::nullopt;
    }
    const QJsonValue value = object.value(key);
    if (!value.isArray()) {
        problem(where, u"expected an array, found " + typeName(value));
        return std::nullopt;
    }
    const QJsonArray items = value.toArray();
    if (items.size() < minItems) {
        problem(where, QStringLiteral("needs at least %1 item(s), has %2").arg(minItems).arg(items.size()));
        return std::nullopt;
    }
    if (items.size() > maxItems) {
        problem(where, QStringLiteral("has %1 items; at most %2 allowed").arg(items.size()).arg(maxItems));
        return std::nullopt;
    }
    return items;
}

std::optional<QString> JsonChecker::text(const QJsonObject &object, const QString &path, const QString &key,
                                         Text kind, bool required)
{
    if (!object.contains(key)) {
        if (!required)
            return QString();
        problem(join(path, key), QStringLiteral("required key is missing"));
        return std::nullopt;
    }
    return text(object.value(key), join(path, key), kind);
}

std::optional<QString> JsonChecker::text(const QJsonValue &value, const QString &path, Text kind)
{
    if (!value.isString()) {
        problem(path, u"expected a string, found " + typeName(value));
        return std::nullopt;
    }
    const QString s = value.toString();
    if (s.trimmed().isEmpty()) {
        problem(path, QStringLiteral("must not be empty"));
        return std::nullopt;
    }
    const qsizetype max = kind == Text::Short ? ShortTextMax : LongTextMax;
    if (s.size() > max) {
        problem(path, QStringLiteral("is %1 characters long; at most %2 allowed").arg(s.size()).arg(max));
        return std::nullopt;
    }
    for (const QChar c : s) {
        // Newlines separate paragraphs in long text; every other control character is either a
        // typo or an attempt to smuggle terminal escapes into CLI output and reports.
        const bool allowedBreak = kind == Text::Long && c == u'\n';
        if (c.category() == QChar::Other_Control && !allowedBreak) {
            problem(path, QStringLiteral("contains a control character (U+%1)")
                              .arg(QString::number(c.unicode(), 16).toUpper().rightJustified(4, u'0')));
            return std::nullopt;
        }
    }
    return s;
}

std::optional<int> JsonChecker::integer(const QJsonObject &object, const QString &path, const QString &key,
                                        int min, int max)
{
    const QString where = join(path, key);
    if (!object.contains(key)) {
        problem(where, QStringLiteral("required key is missing"));
        return std::nullopt;
    }
    const QJsonValue value = object.value(key);
    const double d = value.toDouble();
    // std::trunc, not a round trip through an integer type: converting a double beyond that
    // type's range (1e300 in a hostile file) is undefined behaviour.
    if (!value.isDouble() || d != std::trunc(d)) {
        problem(where, u"expected a whole number, found " + typeName(value));
        return std::nullopt;
    }
    if (d < min || d > max) {
        problem(where, QStringLiteral("%1 is out of range %2 to %3").arg(d).arg(min).arg(max));
        return std::nullopt;
    }
    return static_cast<int>(d);
}

qsizetype firstInvalidUtf8(const QByteArray &bytes)
{
    const auto *p = reinterpret_cast<const unsigned char *>(bytes.constData());
    const qsizetype n = bytes.size();
    qsizetype i = 0;
    while (i < n) {
        const unsigned char c = p[i];
        if (c < 0x80) {
            ++i;
            continue;
        }
        int len = 0;
        char32_t cp = 0;
        if ((c & 0xE0) == 0xC0) {
            len = 2;
            cp = c & 0x1Fu;
        } else if ((c & 0xF0) == 0xE0) {
            len = 3;
            cp = c & 0x0Fu;
        } else if ((c & 0xF8) == 0xF0) {
            len = 4;
            cp = c & 0x07u;
        } else {
            return i;
        }
        if (i + len > n)
            return i;
        for (int k = 1; k < len; ++k) {
            const unsigned char cc = p[i + k];
            if ((cc & 0xC0) != 0x80)
                return i;
            cp = (cp << 6) | (cc & 0x3Fu);
        }
        const char32_t minimum = len == 2 ? 0x80 : len == 3 ? 0x800 : 0x10000;
        if (cp < minimum || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
            return i;
        i += len;
    }
    return -1;
}

int lineOfOffset(const QByteArray &bytes, qsizetype offset)
{
    const qsizetype end = std::min(offset, bytes.size());
    return 1 + static_cast<int>(QByteArrayView(bytes.constData(), end).count('\n'));
}

} // namespace wgll
