namespace Store.Accounts.Admin;

public sealed record UserPage(IReadOnlyList<UserSummary> Items, int Page, int PageSize, int Total)
{
    public int PageCount => Math.Max(1, (Total + PageSize - 1) / PageSize);
}
