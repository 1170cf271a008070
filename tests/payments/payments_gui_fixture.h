#pragma once
// The payments desk and the wallet page on the offscreen platform, over a station synced with the
// in-process marketplace; driven by object names the way an agent would.

#include "gui/gui_context.h"
#include "gui/language.h"
#include "gui/payments/payments_page.h"
#include "gui/payments/payments_wallet_page.h"
#include "payments_fixture.h"

#include <QDialog>

#include <functional>
#include <memory>

namespace cz::test {

class PaymentsGuiFixture : public PaymentsFixture {
protected:
    void SetUp() override;
    void TearDown() override;

    /// Processes events until `done` (or fails the test after `ms`).
    static bool waitFor(const std::function<bool()>& done, int ms = 10000);
    static void settle();

    template <class T>
    T* find(const QString& objectName) const
    {
        if (auto* w = m_page->findChild<T*>(objectName))
            return w;
        return m_walletPage->findChild<T*>(objectName);
    }
    /// A visible dialog with this object name (dialogs are opened window-modal, never exec()'d).
    QDialog* dialog(const QString& objectName) const;
    void clickOk(QDialog* d);
    /// Closes every receipt preview the page opened.
    void closeReceipts();
    void click(const QString& buttonName);

    gui::Language m_language;
    std::unique_ptr<gui::GuiContext> m_ctx;
    std::unique_ptr<gui::PaymentsPage> m_page;
    std::unique_ptr<gui::PaymentsWalletPage> m_walletPage;
};

}  // namespace cz::test
