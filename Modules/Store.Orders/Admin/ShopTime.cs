namespace Store.Orders.Admin;

/// <summary>
/// The shop's time zone (<c>Orders:ReportTimeZone</c>): the order admin's dates and filters and the reports' days
/// are the shop's local days, stored times stay UTC. An unknown id stops start-up with a message rather than
/// showing every figure shifted.
/// </summary>
public sealed class ShopTime(OrdersOptions options, TimeProvider time)
{
    public TimeZoneInfo Zone { get; } = Find(options.ReportTimeZone);

    public DateTime ToLocal(DateTime utc) => TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), Zone);

    /// <summary>The UTC instant the shop's local <paramref name="day"/> begins.</summary>
    public DateTime StartUtc(DateOnly day)
    {
        var local = day.ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified);
        // A day that begins inside a spring-forward gap begins at the first valid minute.
        while (Zone.IsInvalidTime(local))
        {
            local = local.AddMinutes(30);
        }

        return TimeZoneInfo.ConvertTimeToUtc(local, Zone);
    }

    public DateOnly Today() => DateOnly.FromDateTime(ToLocal(time.GetUtcNow().UtcDateTime));

    internal static TimeZoneInfo Find(string id)
    {
        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById(string.IsNullOrWhiteSpace(id) ? "UTC" : id);
        }
        catch (TimeZoneNotFoundException)
        {
            throw new InvalidOperationException($"Orders:ReportTimeZone '{id}' is not a time zone this machine knows (use an IANA id such as Europe/Paris).");
        }
    }
}
