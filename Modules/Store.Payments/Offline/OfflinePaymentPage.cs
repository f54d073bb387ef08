namespace Store.Payments.Offline;

/// <summary>The offline provider's payment page: what is being paid, and whether the page still takes a choice.</summary>
public sealed record OfflinePaymentPage(string SessionId, string Number, string Currency, long Total, bool Open);
