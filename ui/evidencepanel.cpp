// SPDX-License-Identifier: GPL-3.0-or-later
#include "evidencepanel.h"

#include "evidenceopening.h"
#include "session/assessmentsession.h"
#include "storage/document.h"
#include "assessment/textrules.h"

#include <QDesktopServices>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QListWidget>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace wgll {

namespace {
constexpr int IdRole = Qt::UserRole + 1;
} // namespace

EvidencePanel::EvidencePanel(AssessmentSession &session, QWidget *parent)
    : QWidget(parent), m_session(session)
{
    setObjectName(QStringLiteral("evidencePanel"));
    m_opener = [](const QUrl &url) {
        return QDesktopServices::openUrl(url);
    };
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("evidenceList"));
    m_list->setAccessibleName(tr("Evidence for this statement"));
    m_list->setMaximumHeight(120);
    layout->addWidget(m_list);
    auto *buttons = new QHBoxLayout;
    auto button = [&](const QString &text, const char *name) {
        auto *b = new QPushButton(text, this);
        b->setObjectName(QString::fromLatin1(name));
        buttons->addWidget(b);
        return b;
    };
    m_attach = button(tr("Attach file…"), "attachEvidence");
    m_link = button(tr("Add link…"), "addLink");
    m_note = button(tr("Add note…"), "addNote");
    buttons->addStretch(1);
    layout->addLayout(buttons);
    // Open and Remove on a row of their own: five buttons in one row made the scoring pane
    // wider than a 1366-pixel screen leaves it.
    buttons = new QHBoxLayout;
    m_open = button(tr("Open"), "openEvidence");
    m_remove = button(tr("Remove"), "removeEvidence");
    buttons->addStretch(1);
    layout->addLayout(buttons);

    connect(m_attach, &QPushButton::clicked, this, &EvidencePanel::attachWithDialog);
    connect(m_link, &QPushButton::clicked, this, &EvidencePanel::addLinkWithDialog);
    connect(m_note, &QPushButton::clicked, this, &EvidencePanel::addNoteWithDialog);
    connect(m_open, &QPushButton::clicked, this, [this] {
        if (const qint64 id = selectedId(); id > 0)
            openShowingProblems(id);
    });
    connect(m_list, &QListWidget::itemActivated, this,
            [this](QListWidgetItem *item) { openShowingProblems(item->data(IdRole).toLongLong()); });
    connect(m_remove, &QPushButton::clicked, this, &EvidencePanel::removeSelected);
    connect(m_list, &QListWidget::currentRowChanged, this, [this] {
        m_open->setEnabled(selectedId() > 0);
        m_remove->setEnabled(selectedId() > 0 && !m_readOnly);
    });
    connect(&m_session, &AssessmentSession::evidenceChanged, this, &EvidencePanel::refresh);
}

void EvidencePanel::attachWithDialog()
{
    const QStringList files = QFileDialog::getOpenFileNames(this, tr("Attach evidence to %1").arg(m_id));
    for (const QString &f : files)
        m_session.attachFile(m_id, f);
}

void EvidencePanel::addLinkWithDialog()
{
    bool ok = false;
    const QString url =
        QInputDialog::getText(this, tr("Add a link"), tr("Address (https://…)"), QLineEdit::Normal, {}, &ok);
    if (!ok || url.trimmed().isEmpty())
        return;
    const QString title = QInputDialog::getText(this, tr("Add a link"), tr("Title"), QLineEdit::Normal, {}, &ok);
    if (ok)
        m_session.addLink(m_id, url.trimmed(), title.trimmed());
}

void EvidencePanel::addNoteWithDialog()
{
    bool ok = false;
    const QString note = QInputDialog::getMultiLineText(this, tr("Add a note"), tr("Note"), {}, &ok);
    if (ok && !note.trimmed().isEmpty())
        m_session.addNote(m_id, note.trimmed(), {});
}

void EvidencePanel::openShowingProblems(qint64 id)
{
    if (const Status s = open(id); !s)
        QMessageBox::warning(this, tr("Open evidence"), s.error().toString());
}

void EvidencePanel::removeSelected()
{
    const qint64 id = selectedId();
    if (id <= 0)
        return;
    if (QMessageBox::question(this, tr("Remove evidence"),
                              tr("Remove \"%1\" from the assessment? This cannot be undone.")
                                  .arg(m_list->currentItem()->text())) == QMessageBox::Yes)
        m_session.removeEvidence(id);
}

void EvidencePanel::setStatement(const QString &id)
{
    m_id = id;
    refresh();
}

void EvidencePanel::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    refresh();
}

qint64 EvidencePanel::selectedId() const
{
    const QListWidgetItem *item = m_list->currentItem();
    return item ? item->data(IdRole).toLongLong() : 0;
}

void EvidencePanel::refresh()
{
    m_list->clear();
    const QLocale locale;
    for (const Evidence &e : m_session.evidenceFor(m_id)) {
        QString text = e.title;
        switch (e.kind) {
        case Evidence::Kind::File:
            text += u"  (" + evidenceFileLabel(e.fileName) + u", " + locale.formattedDataSize(e.size) + u')';
            break;
        case Evidence::Kind::Link:
            text += u"  (" + e.url + u')';
            break;
        case Evidence::Kind::Note:
            text += u"  (" + tr("note") + u')';
            break;
        }
        auto *item = new QListWidgetItem(text, m_list);
        item->setData(IdRole, e.id);
        item->setToolTip(e.kind == Evidence::Kind::Note ? e.note : text);
    }
    for (QPushButton *b : {m_attach, m_link, m_note})
        b->setEnabled(!m_readOnly && !m_id.isEmpty());
    m_open->setEnabled(selectedId() > 0);
    m_remove->setEnabled(selectedId() > 0 && !m_readOnly);
}

Status EvidencePanel::open(qint64 id)
{
    const QList<Evidence> all = m_session.evidenceFor(m_id);
    const auto it = std::find_if(all.begin(), all.end(), [id](const Evidence &e) { return e.id == id; });
    if (it == all.end())
        return Error{ErrorKind::NotFound, m_session.document().fileName(), 0, tr("no such evidence")};
    switch (it->kind) {
    case Evidence::Kind::Note: {
        // Never auto-detected rich text: a note is shown exactly as typed.
        QMessageBox box(QMessageBox::Information, it->title, it->note, QMessageBox::Ok, this);
        box.setTextFormat(Qt::PlainText);
        box.exec();
        return {};
    }
    case Evidence::Kind::Link:
        m_opener(QUrl(it->url));
        return {};
    case Evidence::Kind::File:
        break;
    }
    const QString fileName = m_session.document().fileName();
    if (const auto why = whyEvidenceIsNotOpened(it->fileName, {}))
        return Error{ErrorKind::BadData, fileName, 0, *why};
    if (!m_extracted)
        m_extracted = std::make_unique<QTemporaryDir>();
    // A folder per item keeps the original file name, which the desktop uses to pick the program.
    const QString folder = m_extracted->filePath(QString::number(id));
    QDir().mkpath(folder);
    const QString out = folder + u'/' + text::safeFileName(it->fileName);
    QFile::remove(out);
    if (const Status s = m_session.extractEvidence(id, out); !s)
        return s;
    // Readable by the user only and never executable, whatever the desktop does with it; and a
    // program under a document's name is caught by its first bytes.
    QFile extracted(out);
    const bool locked = extracted.setPermissions(QFileDevice::ReadOwner | QFileDevice::ReadUser);
    const bool executable = extracted.permissions().testAnyFlags(QFileDevice::ExeOwner | QFileDevice::ExeGroup |
                                                                 QFileDevice::ExeOther | QFileDevice::ExeUser);
    std::optional<QString> why;
    if (!locked || executable)
        why = tr("the extracted copy could not be made read-only and not executable");
    else if (extracted.open(QIODevice::ReadOnly))
        why = whyEvidenceIsNotOpened(it->fileName, extracted.read(4));
    else
        why = tr("the extracted copy cannot be read: %1").arg(extracted.errorString());
    extracted.close();
    if (why) {
        QFile::remove(out);
        return Error{ErrorKind::BadData, fileName, 0, *why};
    }
    m_opener(QUrl::fromLocalFile(out));
    return {};
}

} // namespace wgll
