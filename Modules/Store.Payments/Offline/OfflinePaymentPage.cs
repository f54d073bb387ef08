namespace Store.Payments.Offline;

/// <summary>The offline provider's payment page: what is being paid, and whether the page still takes a choice.</summary>
public sealed record OfflinePaymentPage(string SessionId, string Number, string Currency, long Total, bool Open)
{
    /// <summary>The order's page; for a guest its signed link, whose token the page's forms carry back (<see cref="Query"/>).</summary>
    public string Base { get; init; } = "/account/orders/" + Number;

    public string Query { get; init; } = "";
}
