// SPDX-License-Identifier: GPL-3.0-or-later
#include "frameworkreader.h"

#include "util/boundedread.h"
#include "util/jsonchecker.h"

#include <QDate>
#include <QFile>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>

namespace wgll {

namespace {

using Text = JsonChecker::Text;

const QRegularExpression &idPattern()
{
    static const QRegularExpression re(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9._-]{0,31}$"));
    return re;
}

std::optional<QString> readId(JsonChecker &check, const QJsonObject &o, const QString &path)
{
    const std::optional<QString> id = check.text(o, path, QStringLiteral("id"), Text::Short);
    if (id && !idPattern().match(*id).hasMatch()) {
        check.problem(JsonChecker::join(path, QStringLiteral("id")),
                      u'"' + *id + u"\" is not a valid id (letters, digits, '.', '_' or '-'; at most 32)");
        return std::nullopt;
    }
    return id;
}

std::optional<QString> readDate(JsonChecker &check, const QJsonObject &o, const QString &key, bool required)
{
    const std::optional<QString> s = check.text(o, QString(), key, Text::Short, required);
    if (!s || s->isEmpty())
        return s;
    static const QRegularExpression shape(QStringLiteral("^[0-9]{4}-[0-9]{2}-[0-9]{2}$"));
    if (!shape.match(*s).hasMatch() || !QDate::fromString(*s, Qt::ISODate).isValid()) {
        check.problem(key, u'"' + *s + u"\" is not a date in the form YYYY-MM-DD");
        return std::nullopt;
    }
    return s;
}

void readScale(JsonChecker &check, const QJsonObject &root, Scale &scale)
{
    const QString path = QStringLiteral("scale");
    if (!root.contains(path)) {
        check.problem(path, QStringLiteral("required key is missing"));
        return;
    }
    const std::optional<QJsonObject> o = check.object(root.value(path), path);
    if (!o)
        return;
    check.onlyKnownKeys(*o, path, {QStringLiteral("min"), QStringLiteral("max"), QStringLiteral("levels")});
    const std::optional<int> min = check.integer(*o, path, QStringLiteral("min"), 0, 10);
    const std::optional<int> max = check.integer(*o, path, QStringLiteral("max"), 1, 10);
    const std::optional<QJsonArray> levels = check.array(*o, path, QStringLiteral("levels"), 2, 11);
    if (!min || !max || !levels)
        return;
    if (*max <= *min) {
        check.problem(JsonChecker::join(path, QStringLiteral("max")),
                      QStringLiteral("must be greater than min (%1)").arg(*min));
        return;
    }
    const QString levelsPath = JsonChecker::join(path, QStringLiteral("levels"));
    if (levels->size() != *max - *min + 1) {
        check.problem(levelsPath, QStringLiteral("has %1 levels; a scale from %2 to %3 needs %4")
                                      .arg(levels->size())
                                      .arg(*min)
                                      .arg(*max)
                                      .arg(*max - *min + 1));
        return;
    }
    scale.min = *min;
    scale.max = *max;
    for (qsizetype i = 0; i < levels->size(); ++i) {
        const QString p = JsonChecker::index(levelsPath, i);
        const std::optional<QJsonObject> lo = check.object(levels->at(i), p);
        if (!lo)
            continue;
        check.onlyKnownKeys(*lo, p,
                            {QStringLiteral("value"), QStringLiteral("label"), QStringLiteral("description")});
        const std::optional<int> value = check.integer(*lo, p, QStringLiteral("value"), 0, 10);
        const std::optional<QString> label = check.text(*lo, p, QStringLiteral("label"), Text::Short);
        const std::optional<QString> description =
            check.text(*lo, p, QStringLiteral("description"), Text::Long);
        const int expected = *min + static_cast<int>(i);
        if (value && *value != expected) {
            check.problem(JsonChecker::join(p, QStringLiteral("value")),
                          QStringLiteral("expected %1 (levels run from min to max in order), found %2")
                              .arg(expected)
                              .arg(*value));
        }
        if (value && label && description)
            scale.levels.append({*value, *label, *description});
    }
}

void readMeasures(JsonChecker &check, const QJsonObject &root, QList<Measure> &measures)
{
    const std::optional<QJsonArray> items = check.array(root, QString(), QStringLiteral("measures"), 1, 20);
    if (!items)
        return;
    QSet<QString> measureIds;
    QSet<QString> indicatorIds;
    for (qsizetype mi = 0; mi < items->size(); ++mi) {
        const QString mp = JsonChecker::index(QStringLiteral("measures"), mi);
        const std::optional<QJsonObject> mo = check.object(items->at(mi), mp);
        if (!mo)
            continue;
        check.onlyKnownKeys(*mo, mp,
                            {QStringLiteral("id"), QStringLiteral("title"), QStringLiteral("summary"),
                             QStringLiteral("indicators")});
        Measure m;
        const std::optional<QString> id = readId(check, *mo, mp);
        if (id) {
            if (measureIds.contains(*id))
                check.problem(JsonChecker::join(mp, QStringLiteral("id")), u"duplicate id \"" + *id + u'"');
            measureIds.insert(*id);
            m.id = *id;
        }
        m.title = check.text(*mo, mp, QStringLiteral("title"), Text::Short).value_or(QString());
        m.summary = check.text(*mo, mp, QStringLiteral("summary"), Text::Long).value_or(QString());
        const std::optional<QJsonArray> inds = check.array(*mo, mp, QStringLiteral("indicators"), 1, 100);
        if (!inds)
            continue;
        for (qsizetype ii = 0; ii < inds->size(); ++ii) {
            const QString ip = JsonChecker::index(JsonChecker::join(mp, QStringLiteral("indicators")), ii);
            const std::optional<QJsonObject> io = check.object(inds->at(ii), ip);
            if (!io)
                continue;
            check.onlyKnownKeys(*io, ip, {QStringLiteral("id"), QStringLiteral("text"), QStringLiteral("guidance")});
            Indicator indicator;
            const std::optional<QString> iid = readId(check, *io, ip);
            if (iid) {
                const QString idPath = JsonChecker::join(ip, QStringLiteral("id"));
                if (indicatorIds.contains(*iid) || measureIds.contains(*iid))
                    check.problem(idPath, u"duplicate id \"" + *iid + u'"');
                else if (id && !iid->startsWith(*id + u'.'))
                    check.problem(idPath, u'"' + *iid + u"\" must start with its measure id \"" + *id + u".\"");
                indicatorIds.insert(*iid);
                indicator.id = *iid;
            }
            indicator.text = check.text(*io, ip, QStringLiteral("text"), Text::Long).value_or(QString());
            indicator.guidance =
                check.text(*io, ip, QStringLiteral("guidance"), Text::Long, false).value_or(QString());
            m.indicators.append(indicator);
        }
        measures.append(m);
    }
}

/// The framework's identity and description: every top-level key but its scale and measures.
void readHeader(JsonChecker &check, const QJsonObject &root, Framework &f)
{
    check.onlyKnownKeys(root, QString(),
                        {QStringLiteral("$schema"), QStringLiteral("id"), QStringLiteral("version"),
                         QStringLiteral("title"), QStringLiteral("variant"), QStringLiteral("publisher"),
                         QStringLiteral("licence"), QStringLiteral("attribution"), QStringLiteral("source"),
                         QStringLiteral("supersedes"), QStringLiteral("changes"), QStringLiteral("lead"),
                         QStringLiteral("scale"), QStringLiteral("measures")});
    f.id = readId(check, root, QString()).value_or(QString());
    f.version = readDate(check, root, QStringLiteral("version"), true).value_or(QString());
    f.supersedes = readDate(check, root, QStringLiteral("supersedes"), false).value_or(QString());
    if (!f.version.isEmpty() && !f.supersedes.isEmpty() && f.supersedes >= f.version) {
        check.problem(QStringLiteral("supersedes"),
                      u'"' + f.supersedes + u"\" must be earlier than version \"" + f.version + u'"');
    }
    f.title = check.text(root, QString(), QStringLiteral("title"), Text::Short).value_or(QString());
    f.publisher = check.text(root, QString(), QStringLiteral("publisher"), Text::Short).value_or(QString());
    f.licence = check.text(root, QString(), QStringLiteral("licence"), Text::Short).value_or(QString());
    f.source = check.text(root, QString(), QStringLiteral("source"), Text::Short).value_or(QString());
    f.attribution =
        check.text(root, QString(), QStringLiteral("attribution"), Text::Long, false).value_or(QString());
    f.lead = check.text(root, QString(), QStringLiteral("lead"), Text::Short, false).value_or(QString());
    f.variant = check.text(root, QString(), QStringLiteral("variant"), Text::Short, false).value_or(QString());
    if (f.variant.isEmpty()) {
        f.variant = QStringLiteral("other");
    } else if (f.variant != u"ics" && f.variant != u"organisation" && f.variant != u"other") {
        check.problem(QStringLiteral("variant"),
                      u'"' + f.variant + u"\" is not one of \"ics\", \"organisation\", \"other\"");
    }
    if (root.contains(QStringLiteral("changes"))) {
        if (const auto changes = check.array(root, QString(), QStringLiteral("changes"), 0, 100)) {
            for (qsizetype i = 0; i < changes->size(); ++i) {
                if (const auto c = check.text(changes->at(i), JsonChecker::index(QStringLiteral("changes"), i),
                                              Text::Long))
                    f.changes.append(*c);
            }
        }
    }
}

} // namespace

std::optional<Framework> FrameworkReader::readFile(const QString &fileName)
{
    m_errors.clear();
    QFile file(fileName);
    if (!file.open(QIODevice::ReadOnly)) {
        m_errors.append({ErrorKind::NotFound, fileName, 0, u"cannot read: " + file.errorString()});
        return std::nullopt;
    }
    return read(file, fileName);
}

std::optional<Framework> FrameworkReader::read(QIODevice &device, const QString &displayName)
{
    // Read at most one byte past the cap, in chunks and through short reads from a pipe:
    // enough to refuse an oversized input without ever holding a huge (or endless) one.
    m_errors.clear();
    Error error;
    const std::optional<QByteArray> bytes =
        readAtMost(device, displayName, MaxFileSize, QStringLiteral("a framework file"), error);
    if (!bytes) {
        m_errors.append(error);
        return std::nullopt;
    }
    return parse(*bytes, displayName);
}

std::optional<Framework> FrameworkReader::parse(const QByteArray &input, const QString &displayName)
{
    m_errors.clear();
    auto fail = [&](int line, const QString &message) {
        m_errors.append({ErrorKind::BadData, displayName, line, message});
        return std::nullopt;
    };
    if (input.size() > MaxFileSize) {
        return fail(0, QStringLiteral("is %1 bytes; a framework file may be at most %2 bytes")
                           .arg(input.size())
                           .arg(MaxFileSize));
    }
    QByteArray bytes = input;
    if (bytes.startsWith("\xEF\xBB\xBF"))
        bytes.remove(0, 3); // a UTF-8 byte-order mark, as Windows editors write
    if (const qsizetype bad = firstInvalidUtf8(bytes); bad >= 0)
        return fail(lineOfOffset(bytes, bad), QStringLiteral("invalid UTF-8 at byte %1").arg(bad));

    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        const int line = lineOfOffset(bytes, parseError.offset);
        return fail(line, u"not valid JSON: " + parseError.errorString());
    }
    if (!doc.isObject())
        return fail(0, QStringLiteral("not a framework: the top level must be a JSON object"));

    const QJsonObject root = doc.object();
    JsonChecker check;
    Framework f;
    readHeader(check, root, f);
    readScale(check, root, f.scale);
    readMeasures(check, root, f.measures);

    if (!check.ok()) {
        for (const QString &p : check.problems())
            m_errors.append({ErrorKind::BadData, displayName, 0, p});
        return std::nullopt;
    }
    return f;
}

} // namespace wgll
