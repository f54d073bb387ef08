using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Store.Catalog.Contracts;
using Store.Core.Data;
using Store.Orders.Contracts;
using Store.Orders.Orders;
using Store.Orders.Reports;

namespace Store.Orders.Returns;

/// <summary>
/// The last step of an exchange (README, "Returns and withdrawal"): once the items are back (Received), staff send
/// a replacement: a new order of the same variants and quantities to the same address, at no charge, with its stock
/// taken like any order's, then paid at once through the usual move to Paid (nothing to charge), so it is shipped,
/// invoiced (0.00) and tracked like any other. The return becomes Replaced and names the new order in its note and
/// email; both orders' histories say so. One transaction with the return's conditional update, so of two clicks one
/// sends; stock that is not there refuses the step and changes nothing.
/// </summary>
internal sealed class ReturnReplacements(StoreDbContext db, ICatalogProducts catalog, IOrderPayments payments, ReturnEmails emails, SalesRollup rollup, OrdersOptions options, TimeProvider time, IStringLocalizer<ReturnReplacements> localizer)
{
    public async Task<ReturnOutcome> SendAsync(string number, string by, CancellationToken cancellationToken)
    {
        var found = await db.Set<ReturnRequest>().AsNoTracking().Where(r => r.Number == number)
            .Select(r => new { r.Id, r.OrderId, r.Status, r.Outcome, Lines = r.Lines.Select(l => new { l.OrderLineId, l.Quantity }).ToList() })
            .FirstOrDefaultAsync(cancellationToken);
        if (found is null)
        {
            return ReturnOutcome.Missing;
        }

        if (found.Outcome != "exchange")
        {
            return ReturnOutcome.Refused("Status", localizer["The customer asked for a refund with return {0}, not an exchange: refund it instead.", number]);
        }

        var original = await db.Set<Order>().AsNoTracking().Include(o => o.Lines).FirstAsync(o => o.Id == found.OrderId, cancellationToken);
        var lines = found.Lines.Join(original.Lines, r => r.OrderLineId, l => l.Id, (r, l) => new OrderLine
        {
            ProductId = l.ProductId,
            VariantId = l.VariantId,
            ProductName = l.ProductName,
            Options = l.Options,
            Sku = l.Sku,
            Quantity = r.Quantity,
        }).ToList();
        var now = time.GetUtcNow().UtcDateTime;
        var replacement = new Order
        {
            Number = OrderNumbers.New(),
            UserId = original.UserId,
            GuestKey = original.GuestKey,
            Email = original.Email,
            Status = OrderStatus.Pending,
            Currency = original.Currency,
            PricesIncludeTax = original.PricesIncludeTax,
            ShippingMethod = original.ShippingMethod,
            ShippingAddress = original.ShippingAddress.Copy(),
            // One replacement per return: the owner's unique key index refuses a second.
            IdempotencyKey = "replacement:" + number,
            StockHeld = true,
            PlacedUtc = now,
            UpdatedUtc = now,
            HoldExpiresUtc = now + options.HoldDuration,
            Lines = lines,
            History = [new OrderHistoryEntry { To = OrderStatus.Pending, AtUtc = now, By = by, Note = $"Replacement for return {number} of order {original.Number}, at no charge" }],
        };
        var note = $"Your replacement is order {replacement.Number}, at no charge; we will email you when it ships.";

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var moved = await db.Set<ReturnRequest>().Where(r => r.Id == found.Id && r.Status == ReturnStatus.Received)
            .ExecuteUpdateAsync(s => s.SetProperty(r => r.Status, ReturnStatus.Replaced).SetProperty(r => r.UpdatedUtc, now).SetProperty(r => r.StaffNote, note), cancellationToken);
        if (moved == 0)
        {
            await transaction.RollbackAsync(cancellationToken);
            var status = await db.Set<ReturnRequest>().Where(r => r.Id == found.Id).Select(r => r.Status).FirstAsync(cancellationToken);
            return ReturnOutcome.Refused("Status", localizer["Return {0} is {1}: a replacement is sent once the items are received, and only once.", number, ReturnStatusLabels.Of(localizer, status)]);
        }

        if (!await catalog.TryReserveAsync(lines.Select(l => new StockLine(l.VariantId, l.Quantity)).ToList(), cancellationToken))
        {
            await transaction.RollbackAsync(cancellationToken);
            return ReturnOutcome.Refused("", localizer["Not enough in stock (or no longer for sale) to send a replacement: restock it, or refund the return instead."]);
        }

        db.Set<Order>().Add(replacement);
        db.Set<OrderHistoryEntry>().Add(new OrderHistoryEntry { OrderId = original.Id, From = original.Status, To = original.Status, AtUtc = now, By = by, Note = $"Return {number} replaced: order {replacement.Number} sent at no charge" });
        try
        {
            // A pending order is not sold yet; the move to Paid below counts it, as it does every order.
            await rollup.ChangedAsync(null, new OrderFacts(0, now, OrderStatus.Pending, 0, 0, false, false), cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
            await emails.QueueAsync(number, cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            await transaction.RollbackAsync(cancellationToken);
            db.ChangeTracker.Clear();
            return ReturnOutcome.Refused("", localizer["The replacement could not be saved; please try again."]);
        }

        await payments.MarkPaidAsync(replacement.Number, new OrderPayment(now, OrderPayment.NothingToPay, "replacement-" + replacement.Number, null, $"Nothing to pay: a replacement for return {number}."), cancellationToken);
        return new ReturnOutcome(number, new Dictionary<string, string>());
    }
}
