using Microsoft.AspNetCore.Http;
using Store.Accounts.Consents;
using Store.Accounts.Web;
using Store.Cart.Contracts;
using Store.Orders.Checkout;

namespace Store.Orders.Abandoned;

/// <summary>
/// What a guest's checkout post tells the abandoned-cart reminders: a well-formed email is kept on the guest's cart,
/// and a ticked marketing box is recorded as a consent row (wording, version, source <c>checkout</c>) under that
/// address. An unticked box records nothing: it withdraws nothing given before (the unsubscribe link does).
/// </summary>
internal sealed class GuestCartEmails(IAbandonedCarts carts, ConsentLog consents)
{
    public async Task RememberAsync(HttpContext http, CheckoutForm form, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string>();
        FieldRules.Email(errors, "Email", form.Email);
        if (errors.Count > 0)
        {
            return;
        }

        var email = form.Email!.Trim();
        await carts.RememberGuestEmailAsync(http, email, cancellationToken);
        if (form.Marketing && !await consents.GrantedToEmailAsync(email, ConsentPurpose.MarketingEmails, cancellationToken))
        {
            await consents.RecordAsync(ConsentPurpose.MarketingEmails, true, "checkout", null, ConsentLog.VisitorOfEmail(email), cancellationToken);
        }
    }
}
