// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace wgll {

/// Checks untrusted JSON piece by piece and collects every fault with its JSON path
/// (`measures[2].indicators[4].id: duplicate id "3.5"`), so a user fixing a file sees all of
/// them at once instead of one per attempt. Getters return a value only when it passed.
class JsonChecker
{
public:
    /// How a text field is checked. Short text is one line; long text may hold paragraphs.
    enum class Text { Short, Long };
    static constexpr qsizetype ShortTextMax = 300;
    static constexpr qsizetype LongTextMax = 5000;
    static constexpr qsizetype ProblemLimit = 50;

    static QString join(const QString &path, const QString &key);
    static QString index(const QString &path, qsizetype i);

    void problem(const QString &path, const QString &message);
    bool ok() const { return m_problems.isEmpty(); }
    /// "path: message" lines, in the order found, capped at ProblemLimit plus a count line.
    QStringList problems() const;

    /// Reports keys not in `known` (keys starting "x-" are extensions and always allowed).
    void onlyKnownKeys(const QJsonObject &object, const QString &path, const QStringList &known);
    std::optional<QJsonObject> object(const QJsonValue &value, const QString &path);
    std::optional<QJsonArray> array(const QJsonObject &object, const QString &path, const QString &key,
                                    qsizetype minItems, qsizetype maxItems);
    /// A required (or, with `required` false, optional) text field; empty string when absent.
    std::optional<QString> text(const QJsonObject &object, const QString &path, const QString &key,
                                Text kind, bool required = true);
    std::optional<QString> text(const QJsonValue &value, const QString &path, Text kind);
    std::optional<int> integer(const QJsonObject &object, const QString &path, const QString &key, int min,
                               int max);

    static QString typeName(const QJsonValue &value);

private:
    QStringList m_problems;
    qsizetype m_dropped = 0;
};

/// Offset of the first byte that is not valid UTF-8 (overlongs, surrogates and code points past
/// U+10FFFF count as invalid), or -1 when the whole buffer is valid.
qsizetype firstInvalidUtf8(const QByteArray &bytes);

/// 1-based line number of a byte offset, for messages that point into a text file.
int lineOfOffset(const QByteArray &bytes, qsizetype offset);

} // namespace wgll
