namespace Store.Accounts.Admin;

/// <summary>One page of the user list, with the total for paging.</summary>
public sealed record UserPage(IReadOnlyList<UserSummary> Items, int Page, int PageSize, int Total)
{
    public int PageCount => Math.Max(1, (Total + PageSize - 1) / PageSize);
}
