using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Store.Accounts.Users;
using Store.Accounts.Web;
using Store.Core.Data;
using Store.Core.Liquid;
using Store.Orders.Contracts;
using Store.Payments.Data;
using Store.Payments.Events;
using Store.Payments.Providers;

namespace Store.Payments.Offline;

/// <summary>
/// <c>/payments/offline/{session}</c> (signed in, the order's owner; for a guest's order, <c>?order=</c> its signed token): the offline provider's stand-in for a hosted
/// payment page. "Pay" and "Decline" become the events Stripe would send, handled by the same
/// <see cref="PaymentEventProcessor"/>; the event id is per session and choice, so a repeated click acts once.
/// </summary>
internal static class OfflinePages
{
    public static void MapOfflinePages(this IEndpointRouteBuilder endpoints)
    {
        var pages = endpoints.MapGroup("/payments/offline/{session}");
        pages.MapGet("/", async (string session, HttpContext http, StoreDbContext db, IOrderPayments orders, IGuestOrderLinks links, CancellationToken cancellationToken) =>
            await FindAsync(session, http, db, orders, links, cancellationToken) is { } found
                ? Liquid.Page("Payments/Offline", new OfflinePaymentPage(found.Row.SessionId, found.Order.Number, found.Order.Currency, found.Order.Total, found.Row.Status == PaymentSessionStatus.Open)
                {
                    Base = found.Base,
                    Query = found.Order.UserId is null ? "?order=" + Uri.EscapeDataString(http.Request.Query["order"].ToString()) : "",
                })
                : Results.NotFound());

        pages.MapPost("/pay", (string session, HttpContext http, StoreDbContext db, IOrderPayments orders, IGuestOrderLinks links, PaymentEventProcessor processor, TimeProvider time, CancellationToken cancellationToken) =>
            ChooseAsync(session, "paid", PaymentEventKind.Paid, http, db, orders, links, processor, time, cancellationToken)).RequireAntiforgery();

        pages.MapPost("/decline", (string session, HttpContext http, StoreDbContext db, IOrderPayments orders, IGuestOrderLinks links, PaymentEventProcessor processor, TimeProvider time, CancellationToken cancellationToken) =>
            ChooseAsync(session, "declined", PaymentEventKind.Failed, http, db, orders, links, processor, time, cancellationToken)).RequireAntiforgery();
    }

    private static async Task<IResult> ChooseAsync(string session, string choice, PaymentEventKind kind, HttpContext http, StoreDbContext db, IOrderPayments orders, IGuestOrderLinks links, PaymentEventProcessor processor, TimeProvider time, CancellationToken cancellationToken)
    {
        if (await FindAsync(session, http, db, orders, links, cancellationToken) is not { } found)
        {
            return Results.NotFound();
        }

        var (row, order, pageBase) = found;
        var paid = kind == PaymentEventKind.Paid;
        await processor.HandleAsync(
            new PaymentEvent($"offline_evt_{row.SessionId}_{choice}", PaymentProviders.OfflineName, "offline." + choice, kind, time.GetUtcNow().UtcDateTime)
            {
                OrderNumber = order.Number,
                SessionId = row.SessionId,
                PaymentIntentId = paid ? OfflinePaymentProvider.PaymentOf(row.SessionId) : null,
            },
            cancellationToken);
        return Results.Redirect($"{pageBase}/payment/{(paid ? "success" : "cancel?declined=1")}");
    }

    private static async Task<(PaymentSession Row, PayableOrder Order, string Base)?> FindAsync(string session, HttpContext http, StoreDbContext db, IOrderPayments orders, IGuestOrderLinks links, CancellationToken cancellationToken)
    {
        var row = await db.Set<PaymentSession>().AsNoTracking()
            .FirstOrDefaultAsync(s => s.SessionId == session && s.Provider == PaymentProviders.OfflineName, cancellationToken);
        var order = row is null ? null : await orders.FindAsync(row.OrderNumber, cancellationToken);
        if (row is null || order is null)
        {
            return null;
        }

        if (order.UserId is null)
        {
            var token = http.Request.Query["order"].ToString();
            return links.NumberOf(token) == order.Number ? (row, order, "/order/" + token) : null;
        }

        return http.User.Identity?.IsAuthenticated == true && order.UserId == CurrentUser.IdOf(http.User) ? (row, order, "/account/orders/" + order.Number) : null;
    }
}
