using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Store.Accounts.Addresses;
using Store.Cart.Contracts;
using Store.Catalog.Contracts;
using Store.Core.Data;
using Store.Core.Sites;
using Store.Orders.Abandoned;
using Store.Orders.Contracts;
using Store.Orders.Emails;
using Store.Orders.Orders;
using Store.Orders.Reports;
using Store.Promotions.Contracts;

namespace Store.Orders.Checkout;

/// <summary>
/// The part of placing an order that a customer and a guest share: the cart priced for the address, the checks, and
/// the one transaction that turns it into a <c>Pending</c> order: stock held for every line (all or nothing, first
/// write of the transaction), the order with its copied lines, its first history row and email, the emptied cart and
/// the coupon's use. One order per idempotency key: a repeat answers the first order, and two at once are settled by
/// the unique index (the loser's transaction, stock hold included, rolls back). Who is buying, and how their cart and
/// address are found, is <see cref="OrderPlacement"/>'s (customers) or <c>GuestPlacement</c>'s (guests).
/// </summary>
internal sealed class OrderWriter(
    StoreDbContext db,
    OrderDrafts drafts,
    PlacementGate gate,
    ICatalogProducts catalog,
    ICartContents cart,
    ICouponLedger coupons,
    IOrderPayments payments,
    OrderEmails emails,
    OrdersOptions options,
    SalesRollup rollup,
    CartReminders reminders,
    TimeProvider time)
{
    public const int MaxKeyLength = 100;

    /// <summary>Follows the reason a code no longer applies, whether pricing saw it or the use was refused at the last moment.</summary>
    private const string CodeRefused = " Your cart is kept: remove the code to order without it.";

    /// <summary>The refusal of a missing or overlong idempotency key, else null.</summary>
    public static Placement? CheckKey(string? key) =>
        string.IsNullOrWhiteSpace(key) || key.Length > MaxKeyLength
            ? Placement.Refused("IdempotencyKey", $"Send a key of 1 to {MaxKeyLength} characters that names this order attempt.")
            : null;

    /// <param name="address">Where it ships, or null with <paramref name="addressErrors"/> saying why (told after the cart's problems).</param>
    public async Task<Placement> PlaceAsync(HttpContext http, OrderOwner owner, string key, OrderAddress? address, Dictionary<string, string> addressErrors, int? methodId, CancellationToken cancellationToken)
    {
        // From the cart's read to the commit: whoever comes in after the last unit went reads a sold-out line and is
        // answered before anything is priced.
        using var turn = await gate.EnterAsync(cancellationToken);
        var read = await drafts.ReadAsync(http, owner.UserId, cancellationToken);
        if (!read.CanPlace)
        {
            if (read.Lines.Count > 0)
            {
                // A sold-out or changed line: the common answer in a rush, given without another query.
                return Placement.Refused("", read.Problems[0]);
            }

            // The same key may have placed the order (and emptied the cart) since it was looked up: a double click.
            return await NumberForKeyAsync(owner, key, cancellationToken) is { } placed
                ? new Placement(placed, false, new Dictionary<string, string>())
                : Placement.Refused("", "Your cart is empty.");
        }

        if (address is null || addressErrors.Count > 0)
        {
            return new Placement(null, false, addressErrors);
        }

        var destination = new PricingDestination(address.Country, address.Region, address.PostalCode);
        var draft = await drafts.PriceAsync(read, owner.UserId, destination, methodId, cancellationToken);
        if (draft.Priced.CouponRefusal is { } refusal)
        {
            // The cart still carries a code that no longer applies: the shopper decides (remove it, or wait), nothing is placed.
            return Placement.Refused("", refusal + CodeRefused);
        }

        if (!draft.Priced.Ships)
        {
            return Placement.Refused("Address", NotShipped(address.Country));
        }

        if (methodId is { } asked && draft.Priced.Method?.MethodId != asked)
        {
            return Placement.Refused("ShippingMethod", "The shipping method you chose is not offered for this address: choose one of those shown.");
        }

        var currency = draft.Priced.Currency;
        for (var attempt = 0; attempt < 3; attempt++)
        {
            if (await TryPlaceAsync(owner, key, draft, address, currency, cancellationToken) is { } outcome)
            {
                if (outcome.Created && draft.Priced.Total == 0)
                {
                    // Nothing to charge (a 100 % code with free shipping): no provider takes a zero amount (Stripe
                    // refuses it), so the order is paid at once, through the same move to Paid a payment makes.
                    await payments.MarkPaidAsync(outcome.Number!, OrderPayment.OfNothing(outcome.Number!, time.GetUtcNow().UtcDateTime), cancellationToken);
                }

                return outcome;
            }
        }

        return Placement.Refused("", "The order could not be placed; please try again.");
    }

    /// <summary>The number of the order this owner already placed with <paramref name="key"/>, or null.</summary>
    public Task<string?> NumberForKeyAsync(OrderOwner owner, string key, CancellationToken cancellationToken) =>
        (owner.UserId is { } userId
            ? db.Set<Order>().Where(o => o.UserId == userId && o.IdempotencyKey == key)
            : db.Set<Order>().Where(o => o.UserId == null && o.GuestKey == owner.GuestKey && o.IdempotencyKey == key))
        .Select(o => o.Number).FirstOrDefaultAsync(cancellationToken);

    /// <summary>What the shopper reads when no shipping zone takes the address's country.</summary>
    public static string NotShipped(string country) =>
        $"We do not ship to {CountryName(country)} ({country}). Choose or enter an address in a country we ship to.";

    /// <summary>A typed address as the order copies it, or its field errors.</summary>
    public static OrderAddress? FromInput(AddressInput input, string? userId, Dictionary<string, string> errors)
    {
        foreach (var (field, message) in input.Validate())
        {
            errors[field] = message;
        }

        if (errors.Count > 0)
        {
            return null;
        }

        var copy = new Address { UserId = userId ?? "", FullName = "", Line1 = "", City = "", PostalCode = "", Country = "" };
        input.CopyTo(copy);
        return From(copy);
    }

    public static OrderAddress From(Address a) => new()
    {
        FullName = a.FullName,
        Line1 = a.Line1,
        Line2 = a.Line2,
        City = a.City,
        Region = a.Region,
        PostalCode = a.PostalCode,
        Country = a.Country,
        Phone = a.Phone,
    };

    private static string CountryName(string code)
    {
        try
        {
            return new System.Globalization.RegionInfo(code).EnglishName;
        }
        catch (ArgumentException)
        {
            return code;
        }
    }

    // Null when the order number was taken by another order (draw again).
    private async Task<Placement?> TryPlaceAsync(OrderOwner owner, string key, OrderDraft draft, OrderAddress address, string currency, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var stock = draft.Lines.Select(l => new StockLine(l.VariantId, l.Quantity)).ToList();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        if (!await catalog.TryReserveAsync(stock, cancellationToken))
        {
            await transaction.RollbackAsync(cancellationToken);
            return await NumberForKeyAsync(owner, key, cancellationToken) is { } placed
                ? new Placement(placed, false, new Dictionary<string, string>())
                : Placement.Refused("", "Some items sold out while you were checking out; your cart shows what is left.");
        }

        var order = NewOrder(owner, key, draft, address, currency, now);
        db.Set<Order>().Add(order);
        if (!string.IsNullOrEmpty(owner.Email))
        {
            await emails.QueuePlacedAsync(order, cancellationToken);
        }

        var emptied = owner.UserId is { } userId
            ? await cart.ClearAsync(userId, cancellationToken)
            : await cart.ClearGuestCartAsync(draft.Guest!.CartId, cancellationToken);
        if (emptied == 0)
        {
            // Another order emptied the cart since this one read it (a second tab, a double submit with another key):
            // its lines were ordered once already. Without this, the late submit ordered them again, and without the
            // code when it read the lines before that order and the code after it (README, "Double submits").
            await transaction.RollbackAsync(cancellationToken);
            db.ChangeTracker.Clear();
            return await NumberForKeyAsync(owner, key, cancellationToken) is { } first
                ? new Placement(first, false, new Dictionary<string, string>())
                : Placement.Refused("", "Your cart is empty.");
        }

        try
        {
            // A pending order is not sold yet, so its lines add nothing to the products' rows.
            await rollup.ChangedAsync(null, new OrderFacts(0, order.PlacedUtc, order.Status, order.Total, 0, false, false), cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
            // After the order row (its id), in its transaction: a reminded cart that became this order is recovered.
            await reminders.MarkRecoveredAsync(owner, draft.Guest?.CartId, order, cancellationToken);
            if (draft.Priced.Coupon is { } coupon)
            {
                // After the order row (its id names the use), before commit: a refused use rolls the order and its stock hold back.
                var given = draft.Priced.Discounts.Where(d => d.Kind != DiscountAdjustment.Promotion).Sum(d => d.Amount);
                if (await coupons.RedeemAsync(coupon.CouponId, owner.CouponHolder, order.Id, order.Number, given, cancellationToken) is { } refused)
                {
                    await transaction.RollbackAsync(cancellationToken);
                    db.ChangeTracker.Clear();
                    return Placement.Refused("", refused + CodeRefused);
                }

                await db.SaveChangesAsync(cancellationToken);
            }

            await transaction.CommitAsync(cancellationToken);
            return new Placement(order.Number, true, new Dictionary<string, string>());
        }
        catch (DbUpdateException)
        {
            await transaction.RollbackAsync(cancellationToken);
            db.ChangeTracker.Clear();
            return await NumberForKeyAsync(owner, key, cancellationToken) is { } existing ? new Placement(existing, false, new Dictionary<string, string>()) : null;
        }
    }

    private Order NewOrder(OrderOwner owner, string key, OrderDraft draft, OrderAddress address, string currency, DateTime now) => new()
    {
        Number = OrderNumbers.New(),
        UserId = owner.UserId,
        GuestKey = owner.GuestKey,
        Email = owner.Email,
        Status = OrderStatus.Pending,
        Currency = currency,
        ExchangeRate = draft.Priced.ExchangeRate,
        BaseTotal = draft.Priced.BaseTotal,
        Subtotal = draft.Priced.Subtotal,
        Shipping = draft.Priced.Shipping,
        DiscountTotal = draft.Priced.DiscountTotal,
        ShippingDiscount = draft.Priced.ShippingDiscount,
        CouponCode = draft.Priced.Coupon?.Code,
        Discounts = draft.Priced.Discounts.Select(d => new OrderDiscount { Kind = d.Kind, Code = d.Code, Description = d.Description, Amount = d.Amount }).ToList(),
        PricesIncludeTax = draft.Priced.PricesIncludeTax,
        ShippingMethod = draft.Priced.Method?.Name,
        ShippingTaxRate = draft.Priced.ShippingTaxRate,
        ShippingTax = draft.Priced.ShippingTax,
        TaxTotal = draft.Priced.TaxTotal,
        Total = draft.Priced.Total,
        ShippingAddress = address,
        IdempotencyKey = key,
        StockHeld = true,
        PlacedUtc = now,
        UpdatedUtc = now,
        HoldExpiresUtc = now + options.HoldDuration,
        Lines = draft.Lines.Zip(draft.Priced.Lines, (l, priced) => new OrderLine
        {
            ProductId = l.Variant!.ProductId,
            VariantId = l.VariantId,
            ProductName = l.Variant.ProductName,
            Options = l.Variant.OptionsText,
            Sku = l.Variant.Sku,
            UnitPrice = priced.UnitPrice,
            Quantity = l.Quantity,
            LineTotal = priced.LineTotal,
            Discount = priced.Discount,
            TaxRate = priced.TaxRate,
            TaxAmount = priced.TaxAmount,
        }).ToList(),
        History = [new OrderHistoryEntry { To = OrderStatus.Pending, AtUtc = now, By = owner.UserId ?? OrderOwner.GuestActor, Note = "Order placed" }],
    };
}
