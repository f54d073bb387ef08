using System.Security.Cryptography;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Store.Accounts.Users;
using Store.Accounts.Web;
using Store.Core.Data;
using Store.Core.Liquid;
using Store.Core.RateLimits;
using Store.Orders.Checkout;
using Store.Orders.Orders;

namespace Store.Orders.Returns;

/// <summary>
/// The EU withdrawal function (Directive 2023/2673), linked as "Withdraw from contract" in every page's footer, in
/// two steps: <c>/withdraw</c> names the order (number and email; the email filled in when signed in), then
/// "Confirm withdrawal" (<c>/withdraw/confirm</c>) sends it, with no reason asked, and shows the receipt
/// (<c>/withdraw/receipt/{ticket}</c>) that is also emailed at once with its date and time. The order named in step
/// one travels to step two in a signed ticket, so the second step cannot be pointed at another order.
/// </summary>
internal static class WithdrawalEndpoints
{
    private const string Purpose = "Store.Orders.Withdrawal";

    public static void MapWithdrawalPages(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/withdraw", async (HttpContext http, UserManager<User> users) =>
            Liquid.Page("Returns/Withdraw", new WithdrawalStart { Email = await SignedInEmailAsync(http, users) }));

        endpoints.MapPost("/withdraw", async ([FromForm] WithdrawalStart form, HttpContext http, StoreDbContext db, ReturnRules rules, IDataProtectionProvider protection, CancellationToken cancellationToken) =>
        {
            var number = (form.Number ?? "").Trim().ToUpperInvariant();
            var email = (form.Email ?? "").Trim();
            var userId = http.User.Identity?.IsAuthenticated == true ? CurrentUser.IdOf(http.User) : null;
            var order = number.Length is 0 or > 20 ? null
                : await db.Set<Order>().AsNoTracking().Where(o => o.Number == number).Select(o => new { o.Id, o.Email, o.UserId }).FirstOrDefaultAsync(cancellationToken);
            if (number.Length == 0 || email.Length == 0 && userId is null)
            {
                form.Error = "Enter the order number and the email you ordered with.";
                return Liquid.Page("Returns/Withdraw", form, StatusCodes.Status400BadRequest);
            }

            if (order is null || !(string.Equals(order.Email, email, StringComparison.OrdinalIgnoreCase) || (userId is not null && order.UserId == userId)))
            {
                form.Error = "No order has this number and email. Check both: the number is in the order's email, such as K7QM-42XP.";
                return Liquid.Page("Returns/Withdraw", form, StatusCodes.Status400BadRequest);
            }

            var lines = await rules.ForOrderAsync(order.Id, ReturnKind.Withdrawal, cancellationToken);
            if (lines.All(l => l.Returnable == 0))
            {
                form.Error = lines.Select(l => l.WhyNot).FirstOrDefault(w => w is not null && w != "This item cannot be returned.") ?? "Nothing in this order can be withdrawn from.";
                return Liquid.Page("Returns/Withdraw", form, StatusCodes.Status409Conflict);
            }

            // Every unit that may go back is chosen to begin with: withdrawing from the whole order is one click.
            var start = new ReturnForm { Key = ReturnEndpoints.NewKey(), Lines = lines.ToDictionary(l => l.LineId, l => l.Returnable) };
            return Liquid.Page("Returns/Form", new ReturnPage(number, "Withdrawal", "/withdraw/confirm", "/withdraw", lines, start, new Dictionary<string, string>(), Protector(protection).Protect(number)));
        }).RequireAntiforgery().RequireOrderLookupRateLimit();

        endpoints.MapPost("/withdraw/confirm", async (HttpContext http, StoreDbContext db, ReturnRules rules, ReturnDesk desk, IDataProtectionProvider protection, CancellationToken cancellationToken) =>
        {
            var fields = await http.Request.ReadFormAsync(cancellationToken);
            var ticket = fields["Ticket"].ToString();
            if (Unprotect(protection, ticket) is not { } number
                || await db.Set<Order>().Where(o => o.Number == number).Select(o => (int?)o.Id).FirstOrDefaultAsync(cancellationToken) is not { } id)
            {
                return Liquid.Page("Returns/Withdraw", new WithdrawalStart { Error = "This confirmation form is not valid any more: please start again." }, StatusCodes.Status400BadRequest);
            }

            var (form, errors) = ReturnFormReader.Read(fields);
            if (errors.Count == 0)
            {
                var by = http.User.Identity?.IsAuthenticated == true ? CurrentUser.IdOf(http.User)! : OrderOwner.GuestActor;
                var outcome = await desk.RequestAsync(id, ReturnKind.Withdrawal, form, by, cancellationToken);
                if (outcome.Number is { } made)
                {
                    return Results.Redirect("/withdraw/receipt/" + Protector(protection).Protect(made));
                }

                errors = outcome.Errors.ToDictionary();
            }

            var lines = await rules.ForOrderAsync(id, ReturnKind.Withdrawal, cancellationToken);
            return Liquid.Page("Returns/Form", new ReturnPage(number, "Withdrawal", "/withdraw/confirm", "/withdraw", lines, form, errors, ticket), StatusCodes.Status400BadRequest);
        }).RequireAntiforgery();

        endpoints.MapGet("/withdraw/receipt/{ticket}", async (string ticket, IDataProtectionProvider protection, ReturnQueries queries, CancellationToken cancellationToken) =>
            Unprotect(protection, ticket) is { } number && await queries.FindAsync(number, cancellationToken) is { Kind: "Withdrawal" } receipt
                ? Liquid.Page("Returns/Receipt", receipt)
                : Results.NotFound());
    }

    private static IDataProtector Protector(IDataProtectionProvider protection) => protection.CreateProtector(Purpose);

    private static string? Unprotect(IDataProtectionProvider protection, string? ticket)
    {
        if (string.IsNullOrEmpty(ticket) || ticket.Length > 500)
        {
            return null;
        }

        try
        {
            return Protector(protection).Unprotect(ticket);
        }
        catch (CryptographicException)
        {
            return null;
        }
    }

    private static async Task<string?> SignedInEmailAsync(HttpContext http, UserManager<User> users) =>
        http.User.Identity?.IsAuthenticated == true && CurrentUser.IdOf(http.User) is { } id ? (await users.FindByIdAsync(id))?.Email : null;
}
