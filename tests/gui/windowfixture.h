// SPDX-License-Identifier: GPL-3.0-or-later
// What the main-window tests share: a fresh assessment file in a temporary folder, a scripted
// prompter for the window's questions, finding widgets by objectName, and answering a modal
// dialog the window shows.
#pragma once

#include "framework/frameworkcatalog.h"
#include "mainwindow.h"
#include "scriptedprompter.h"
#include "storage/document.h"
#include "testsupport.h"

#include <QApplication>
#include <QTimer>

#include <exception>
#include <functional>
#include <memory>

namespace wgll::test {

struct Fixture
{
    QTemporaryDir dir;
    QString file;
    /// Give it to each window: MainWindow w(&f.prompter).
    ScriptedPrompter prompter;
    QStringList &questions = prompter.questions;
    QMessageBox::StandardButton &answer = prompter.answer;

    Fixture() : file(dir.filePath(QStringLiteral("northshire.wgll")))
    {
        qputenv("WGLL_WORK_DIR", dir.filePath(QStringLiteral("work")).toUtf8());
        create(file);
    }
    /// Creates another assessment of the same framework beside the first.
    void create(const QString &fileName) const
    {
        static const FrameworkCatalog catalog = FrameworkCatalog::load({});
        AssessmentInfo info;
        info.organisation = QStringLiteral("Northshire Hospitals NHS FT");
        Error error;
        auto doc = wgll::take(storage::Document::create(fileName, catalog.find(QStringLiteral("wgll-org"))->framework,
                                             info), error);
        REQUIRE(doc);
        doc->close();
    }
};

template <typename T> T *find(const QObject &w, const char *name)
{
    T *child = w.findChild<T *>(QString::fromLatin1(name));
    INFO("no widget " << name);
    REQUIRE(child);
    return child;
}

/// What became of a dialog callback: whether it ran, and what it threw (a failed REQUIRE).
struct DialogCallback
{
    bool ran = false;
    std::exception_ptr error;
};

/// Runs `fill` on the first visible dialog of type T once the window's modal exec() shows it.
/// The caller must call ranOn() afterwards: a callback that never ran (no dialog was shown, or
/// not that one) fails the test instead of passing silently. An exception from `fill` closes the
/// dialog (so exec() returns) and is rethrown by ranOn(), never through Qt's event loop.
template <typename T> std::shared_ptr<DialogCallback> whenShown(std::function<void(T &)> fill)
{
    auto result = std::make_shared<DialogCallback>();
    QTimer::singleShot(0, [fill, result] {
        for (QWidget *top : QApplication::topLevelWidgets()) {
            if (auto *dialog = qobject_cast<T *>(top); dialog && dialog->isVisible()) {
                result->ran = true;
                try {
                    fill(*dialog);
                } catch (...) {
                    result->error = std::current_exception();
                    dialog->reject();
                }
                return;
            }
        }
    });
    return result;
}

/// Checks that a whenShown() callback ran, and passes on what it threw.
inline void ranOn(const std::shared_ptr<DialogCallback> &callback)
{
    INFO("the dialog callback did not run: no such dialog was shown");
    CHECK(callback->ran);
    if (callback->error)
        std::rethrow_exception(callback->error);
}

} // namespace wgll::test
