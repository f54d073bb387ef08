namespace Store.Accounts.Users;

/// <summary>
/// An administrator's lock: a lockout with no end, unlike the 15 minutes that wrong passwords earn. Only an
/// administrator lifts it; a password reset, which lifts the wrong-password lockout, must leave it on.
/// </summary>
internal static class AdminLock
{
    public static readonly DateTimeOffset Until = DateTimeOffset.MaxValue;

    // By the year, not the exact instant: PostgreSQL keeps microseconds, so the stored value may not equal MaxValue to the tick.
    public static bool IsOn(User user) => user.LockoutEnd is { } end && end.Year == Until.Year;
}
