using Microsoft.EntityFrameworkCore;
using Store.Core.Data;
using Store.Core.Localization;
using Store.Orders.Contracts;
using Store.Orders.Emails;
using Store.Orders.Live;
using Store.Orders.Orders;
using Store.Orders.Workflow;

namespace Store.Orders.Shipments;

/// <summary>
/// Staff ship a paid order in parts and mark parts delivered. Each change is one transaction that first
/// touches the order row (a conditional update, so a second request for the same order waits for the first on
/// PostgreSQL and SQLite alike), then checks the quantities against what is already shipped, so two ship forms
/// at once cannot ship a unit twice. The order moves to <c>Shipped</c> with the shipment that holds its last
/// unit, and to <c>Delivered</c> with the last delivery, through the transition table, in the same transaction.
/// </summary>
internal sealed class ShipmentDesk(StoreDbContext db, OrderTransitions transitions, OrderEmails emails, IOrderStatusNotifier notifier, ShipmentTracking tracking, TimeProvider time, IPluralStringLocalizer localizer)
{
    public async Task<ShipmentOutcome> ShipAsync(string number, ShipmentRequest request, string by, CancellationToken cancellationToken)
    {
        var order = await db.Set<Order>().AsNoTracking().Include(o => o.Lines).FirstOrDefaultAsync(o => o.Number == number, cancellationToken);
        if (order is null)
        {
            return new ShipmentOutcome(ShipmentResult.NotFound);
        }

        var key = request.Key?.Trim() ?? string.Empty;
        var errors = tracking.Check(request, out var carrier, out var trackingNumber, out var trackingUrl);
        if (key.Length is 0 or > 100)
        {
            errors["Key"] = localizer["The form's token is missing; reload the page and ship again."];
        }

        var wanted = request.Lines.Where(l => l.Value != 0).ToDictionary();
        foreach (var (lineId, quantity) in wanted)
        {
            if (order.Lines.All(l => l.Id != lineId))
            {
                errors[$"Lines[{lineId}]"] = localizer["Line {0} is not a line of this order.", lineId];
            }
            else if (quantity < 0)
            {
                errors[$"Lines[{lineId}]"] = localizer["A quantity to ship is 0 or more."];
            }
        }

        if (errors.Count == 0 && wanted.Count == 0)
        {
            errors["Lines"] = localizer["Choose at least one item to ship."];
        }

        if (errors.Count > 0)
        {
            return new ShipmentOutcome(ShipmentResult.Invalid, Errors: errors);
        }

        ShipmentOutcome? outcome = null;
        var now = time.GetUtcNow().UtcDateTime;
        await db.AllOrNothingAsync(async () =>
        {
            if (await LockAsync(order.Id, now, cancellationToken) is { } status && status != OrderStatus.Paid)
            {
                outcome = await RepeatedAsync(order.Id, key, cancellationToken)
                    ?? ShipmentOutcome.Refused(localizer["The order is {0}: only a paid order that is not fully shipped can be shipped.", OrderStatusLabels.Of(localizer, status)]);
                return false;
            }

            // Under the order's lock: a double-submitted form finds the shipment its twin made.
            if (await RepeatedAsync(order.Id, key, cancellationToken) is { } repeated)
            {
                outcome = repeated;
                return false;
            }

            var shipped = await ShipmentQueries.ShippedByLineAsync(db, order.Id, cancellationToken);
            var refusals = new Dictionary<string, string>();
            foreach (var line in order.Lines.Where(l => wanted.ContainsKey(l.Id)))
            {
                var left = line.Quantity - shipped.GetValueOrDefault(line.Id);
                if (wanted[line.Id] > left)
                {
                    refusals[$"Lines[{line.Id}]"] = left == 0
                        ? localizer["{0} is already shipped in full.", line.ProductName]
                        : localizer.Plural("Only {0} of {1} is left to ship, not {2}.", "Only {0} of {1} are left to ship, not {2}.", left, line.ProductName, wanted[line.Id]);
                }
            }

            if (refusals.Count > 0)
            {
                outcome = new ShipmentOutcome(ShipmentResult.Invalid, Errors: refusals);
                return false;
            }

            var sequence = (await db.Set<Shipment>().Where(s => s.OrderId == order.Id).MaxAsync(s => (int?)s.Sequence, cancellationToken) ?? 0) + 1;
            var shipment = new Shipment
            {
                OrderId = order.Id,
                Sequence = sequence,
                Carrier = carrier,
                TrackingNumber = trackingNumber,
                TrackingUrl = trackingUrl,
                IdempotencyKey = key,
                By = by,
                ShippedUtc = now,
                Lines = order.Lines.Where(l => wanted.ContainsKey(l.Id)).OrderBy(l => l.Id).Select(l => new ShipmentLine { OrderLineId = l.Id, Quantity = wanted[l.Id] }).ToList(),
            };
            db.Set<Shipment>().Add(shipment);
            var complete = order.Lines.All(l => shipped.GetValueOrDefault(l.Id) + wanted.GetValueOrDefault(l.Id) >= l.Quantity);
            await emails.QueueShipmentAsync(shipment, complete, cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
            var note = sequence == 1 ? "Shipped in one parcel." : $"Everything shipped, in {sequence} parcels.";
            outcome = complete
                ? await MoveAsync(order.Id, OrderStatus.Shipped, by, note, email: false, sequence, cancellationToken)
                : new ShipmentOutcome(ShipmentResult.Done, sequence);
            return outcome.Result == ShipmentResult.Done;
        }, cancellationToken);
        notifier.Changed(order.Id);
        return outcome!;
    }

    public async Task<ShipmentOutcome> MarkDeliveredAsync(string number, int sequence, string by, CancellationToken cancellationToken)
    {
        var ids = await db.Set<Shipment>().Join(db.Set<Order>(), s => s.OrderId, o => o.Id, (s, o) => new { s.Id, s.OrderId, s.Sequence, o.Number })
            .Where(x => x.Number == number && x.Sequence == sequence).FirstOrDefaultAsync(cancellationToken);
        if (ids is null)
        {
            return new ShipmentOutcome(ShipmentResult.NotFound);
        }

        ShipmentOutcome? outcome = null;
        var now = time.GetUtcNow().UtcDateTime;
        await db.AllOrNothingAsync(async () =>
        {
            // The order's lock first: two last deliveries at once would each see the other undelivered.
            var status = await LockAsync(ids.OrderId, now, cancellationToken);
            var marked = await db.Set<Shipment>().Where(s => s.Id == ids.Id && s.DeliveredUtc == null)
                .ExecuteUpdateAsync(s => s.SetProperty(x => x.DeliveredUtc, now), cancellationToken);
            if (marked == 0)
            {
                outcome = new ShipmentOutcome(ShipmentResult.Done, sequence, Repeated: true);
                return true;
            }

            var allDelivered = status == OrderStatus.Shipped && !await db.Set<Shipment>().AnyAsync(s => s.OrderId == ids.OrderId && s.DeliveredUtc == null, cancellationToken);
            outcome = allDelivered
                ? await MoveAsync(ids.OrderId, OrderStatus.Delivered, by, "Every parcel delivered.", email: true, sequence, cancellationToken)
                : new ShipmentOutcome(ShipmentResult.Done, sequence);
            return outcome.Result == ShipmentResult.Done;
        }, cancellationToken);
        notifier.Changed(ids.OrderId);
        return outcome!;
    }

    // The order follows its parcels through the transition table; a refusal there rolls the parcel back too.
    private async Task<ShipmentOutcome> MoveAsync(int orderId, OrderStatus to, string by, string note, bool email, int sequence, CancellationToken cancellationToken)
    {
        var moved = await transitions.ApplyAsync(orderId, to, OrderActor.Staff, by, note, email, cancellationToken);
        return moved.Result == TransitionResult.Done ? new ShipmentOutcome(ShipmentResult.Done, sequence) : ShipmentOutcome.Refused(moved.Message!);
    }

    // A write to the order row takes its lock (held to the end of the transaction) and answers its status.
    private async Task<OrderStatus?> LockAsync(int orderId, DateTime now, CancellationToken cancellationToken)
    {
        await db.Set<Order>().Where(o => o.Id == orderId).ExecuteUpdateAsync(s => s.SetProperty(o => o.UpdatedUtc, now), cancellationToken);
        return await db.Set<Order>().Where(o => o.Id == orderId).Select(o => (OrderStatus?)o.Status).FirstOrDefaultAsync(cancellationToken);
    }

    private async Task<ShipmentOutcome?> RepeatedAsync(int orderId, string key, CancellationToken cancellationToken) =>
        await db.Set<Shipment>().Where(s => s.OrderId == orderId && s.IdempotencyKey == key).Select(s => (int?)s.Sequence).FirstOrDefaultAsync(cancellationToken) is { } sequence
            ? new ShipmentOutcome(ShipmentResult.Done, sequence, Repeated: true)
            : null;
}
