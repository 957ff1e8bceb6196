// SPDX-License-Identifier: GPL-3.0-or-later
#include "prompter.h"

#include <QApplication>
#include <QFileDialog>

namespace wgll {

QMessageBox::StandardButton DialogPrompter::ask(const QString &question, QMessageBox::StandardButtons answers)
{
    return QMessageBox::question(m_parent, QApplication::applicationDisplayName(), question, answers);
}

void DialogPrompter::tell(const QString &problem)
{
    QMessageBox box(QMessageBox::Warning, QApplication::applicationDisplayName(), problem, QMessageBox::Ok,
                    m_parent);
    box.setTextFormat(Qt::PlainText); // file names and core messages are never markup
    box.exec();
}

QString DialogPrompter::fileToOpen(const QString &caption, const QString &filter, const QString &folder)
{
    return QFileDialog::getOpenFileName(m_parent, caption, folder, filter);
}

QStringList DialogPrompter::filesToOpen(const QString &caption, const QString &filter, const QString &folder)
{
    return QFileDialog::getOpenFileNames(m_parent, caption, folder, filter);
}

QString DialogPrompter::fileToSave(const QString &caption, const QString &suggested, const QString &filter,
                                   QString *chosenFilter)
{
    return QFileDialog::getSaveFileName(m_parent, caption, suggested, filter, chosenFilter);
}

} // namespace wgll
