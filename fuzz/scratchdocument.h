// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The document the CSV import harnesses import into: one per process, an assessment of the
// bundled wgll-org framework, so each input costs a parse and an import, not a file creation.
// It lives in /dev/shm where there is one, because every edit commits with an fsync and a
// tmpfs makes that free. Each edit adds rows (history, sessions), so after a while the document
// is made afresh: a run of millions of inputs keeps its speed and its disk use.
#include "framework/frameworkcatalog.h"
#include "storage/document.h"

#include <QDir>
#include <QTemporaryDir>

#include <cstdio>
#include <cstdlib>
#include <memory>

namespace wgll::fuzz {

class ScratchDocument
{
public:
    static constexpr int EditsBeforeRenewal = 500;

    storage::Document &document()
    {
        if (!m_doc || m_edits >= EditsBeforeRenewal)
            renew();
        return *m_doc;
    }
    /// Counts an edit that may have written rows.
    void edited() { ++m_edits; }

private:
    static QString tempTemplate()
    {
        const QString shm = QStringLiteral("/dev/shm");
        return QDir(shm).exists() ? shm + u"/wgll-fuzz-XXXXXX" : QDir::tempPath() + u"/wgll-fuzz-XXXXXX";
    }

    // A harness that cannot make its document would report every input as fine: stop instead.
    [[noreturn]] static void giveUp(const QString &why)
    {
        std::fprintf(stderr, "fuzz: cannot make the scratch document: %s\n", qPrintable(why));
        std::abort();
    }

    void renew()
    {
        if (m_doc)
            m_doc->close();
        m_doc.reset();
        m_edits = 0;
        if (!m_dir.isValid())
            giveUp(m_dir.errorString());
        if (!m_framework) {
            const FrameworkCatalog catalog = FrameworkCatalog::load({});
            const FrameworkCatalog::Entry *entry = catalog.find(QStringLiteral("wgll-org"));
            if (!entry)
                giveUp(QStringLiteral("the bundled wgll-org framework is missing"));
            m_framework = std::make_unique<Framework>(entry->framework);
        }
        const QString file = m_dir.filePath(QStringLiteral("fuzz-%1.wgll").arg(++m_generation));
        AssessmentInfo info;
        info.organisation = QStringLiteral("Fuzz Trust");
        info.period = QStringLiteral("2026/27");
        Error error;
        m_doc = wgll::take(storage::Document::create(file, *m_framework, info,
                                          m_dir.filePath(QStringLiteral("work"))), error);
        if (!m_doc)
            giveUp(error.toString());
        // Only the working copy is edited; the file itself is never saved, so it can go now.
        QFile::remove(file);
    }

    QTemporaryDir m_dir{tempTemplate()};
    std::unique_ptr<Framework> m_framework;
    std::unique_ptr<storage::Document> m_doc;
    int m_edits = 0;
    int m_generation = 0;
};

} // namespace wgll::fuzz
