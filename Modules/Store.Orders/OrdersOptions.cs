namespace Store.Orders;

/// <summary>The <c>Orders</c> configuration section.</summary>
public sealed class OrdersOptions
{
    public const string Section = "Orders";

    /// <summary>How long a pending (unpaid) order holds its stock before it expires.</summary>
    public TimeSpan HoldDuration { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>How often one node looks for holds past their time.</summary>
    public TimeSpan HoldCheckInterval { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>How often an open order page's server looks for status changes made on other nodes.</summary>
    public TimeSpan LivePollInterval { get; set; } = TimeSpan.FromMilliseconds(500);

    /// <summary>
    /// Orders one node places at the same time (Checkout/PlacementGate); the rest wait their turn. Placing is mostly CPU
    /// (pricing) and short writes, so a few per core keep the cores busy on either database.
    /// </summary>
    public int ConcurrentPlacements { get; set; } = Math.Max(4, 2 * Environment.ProcessorCount);

    public int PageSize { get; set; } = 20;

    /// <summary>Orders per page in the order admin.</summary>
    public int AdminPageSize { get; set; } = 50;

    /// <summary>The order admin counts matches up to this many; past it the list says "More than 10,000".</summary>
    public int AdminCountCap { get; set; } = 10_000;

    /// <summary>The shop's time zone (IANA or Windows id): the order admin's dates and the reports' days are read in it.</summary>
    public string ReportTimeZone { get; set; } = "UTC";

    /// <summary>A published variant with this many units or fewer is listed as low on stock on the dashboard.</summary>
    public int LowStockThreshold { get; set; } = 5;

    /// <summary>When true, only signed-in shoppers check out (guests are sent to sign in); when false (the default), guests may buy with an email and an address.</summary>
    public bool RequireAccount { get; set; }

    /// <summary>How long a cart is left alone before its one reminder is sent (README, "Abandoned carts").</summary>
    public TimeSpan AbandonedCartAfter { get; set; } = TimeSpan.FromHours(3);

    /// <summary>How often one node looks for carts to remind.</summary>
    public TimeSpan AbandonedCartInterval { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>An order placed this long after a reminder counts as recovered by it; carts left longer than this are not reminded at all.</summary>
    public TimeSpan AbandonedCartWindow { get; set; } = TimeSpan.FromDays(7);
}
