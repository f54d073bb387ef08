using System.Globalization;
using System.Text;
using SpreadCheetah;
using Store.Core.Money;

namespace Store.Orders.Admin;

/// <summary>
/// Writes the filtered orders to CSV (RFC 4180) or XLSX straight into the response as they are read, so memory
/// stays flat however many orders match. The columns are the README's ("Exports"); text a spreadsheet would take
/// for a formula is neutralised with a leading apostrophe.
/// </summary>
internal sealed class OrderExports(ShopTime shopTime)
{
    public static IReadOnlyList<string> Columns { get; } =
    [
        "Number", "Placed", "Status", "Payment", "Email", "Customer", "Items", "Currency", "Subtotal", "Shipping", "Total", "Refunded", "Paid", "Country", "City",
        "Tax", "Shipping tax", "Prices include tax", "Shipping method", "Discount", "Coupon",
        "Base currency", "Exchange rate", "Base total",
    ];

    private const string DateFormat = "yyyy-MM-dd HH:mm:ss";

    public async Task WriteCsvAsync(Stream body, IAsyncEnumerable<OrderExportRow> rows, string baseCurrency, CancellationToken cancellationToken)
    {
        await using var writer = new StreamWriter(body, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), bufferSize: 16 * 1024, leaveOpen: true) { NewLine = "\r\n" };
        await writer.WriteLineAsync(string.Join(',', Columns.Select(Csv)));
        var line = new StringBuilder();
        await foreach (var row in rows.WithCancellation(cancellationToken))
        {
            line.Clear();
            foreach (var field in Fields(row, baseCurrency))
            {
                line.Append(line.Length == 0 ? string.Empty : ",").Append(Csv(field));
            }

            await writer.WriteLineAsync(line, cancellationToken);
        }

        await writer.FlushAsync(cancellationToken);
    }

    public async Task WriteXlsxAsync(Stream body, IAsyncEnumerable<OrderExportRow> rows, string baseCurrency, CancellationToken cancellationToken)
    {
        await using var spreadsheet = await Spreadsheet.CreateNewAsync(body, cancellationToken: cancellationToken);
        await spreadsheet.StartWorksheetAsync("Orders", token: cancellationToken);
        await spreadsheet.AddRowAsync(Columns.Select(c => new DataCell(c)).ToArray(), cancellationToken);
        var cells = new DataCell[Columns.Count];
        await foreach (var row in rows.WithCancellation(cancellationToken))
        {
            var i = 0;
            cells[i++] = Text(row.Number);
            cells[i++] = new DataCell(shopTime.ToLocal(row.PlacedUtc));
            cells[i++] = Text(row.Status);
            cells[i++] = Text(row.PaymentState);
            cells[i++] = Text(row.Email);
            cells[i++] = Text(row.CustomerName);
            cells[i++] = new DataCell(row.Items);
            cells[i++] = Text(row.Currency);
            cells[i++] = new DataCell(Money.Major(row.Subtotal, row.Currency));
            cells[i++] = new DataCell(Money.Major(row.Shipping, row.Currency));
            cells[i++] = new DataCell(Money.Major(row.Total, row.Currency));
            cells[i++] = new DataCell(Money.Major(row.Refunded, row.Currency));
            cells[i++] = row.PaidUtc is { } paid ? new DataCell(shopTime.ToLocal(paid)) : new DataCell(string.Empty);
            cells[i++] = Text(row.Country);
            cells[i++] = Text(row.City);
            cells[i++] = new DataCell(Money.Major(row.TaxTotal, row.Currency));
            cells[i++] = new DataCell(Money.Major(row.ShippingTax, row.Currency));
            cells[i++] = Text(row.PricesIncludeTax ? "yes" : "no");
            cells[i++] = Text(row.ShippingMethod ?? string.Empty);
            cells[i++] = new DataCell(Money.Major(row.DiscountTotal, row.Currency));
            cells[i++] = Text(row.CouponCode ?? string.Empty);
            cells[i++] = Text(baseCurrency);
            cells[i++] = new DataCell(row.ExchangeRate);
            cells[i] = new DataCell(Money.Major(row.BaseTotal, baseCurrency));
            await spreadsheet.AddRowAsync(cells, cancellationToken);
        }

        await spreadsheet.FinishAsync(cancellationToken);
    }

    /// <summary>
    /// A cell that starts with <c>=</c>, <c>+</c>, <c>-</c>, <c>@</c>, tab or CR gets a leading apostrophe, so a
    /// spreadsheet shows it as text instead of running it (OWASP, "CSV injection").
    /// </summary>
    public static string Neutralise(string value) =>
        value.Length > 0 && value[0] is '=' or '+' or '-' or '@' or '\t' or '\r' ? "'" + value : value;

    private static DataCell Text(string value) => new(Neutralise(value));

    private IEnumerable<string> Fields(OrderExportRow row, string baseCurrency)
    {
        yield return row.Number;
        yield return shopTime.ToLocal(row.PlacedUtc).ToString(DateFormat, CultureInfo.InvariantCulture);
        yield return row.Status;
        yield return row.PaymentState;
        yield return row.Email;
        yield return row.CustomerName;
        yield return row.Items.ToString(CultureInfo.InvariantCulture);
        yield return row.Currency;
        yield return Amount(row.Subtotal, row.Currency);
        yield return Amount(row.Shipping, row.Currency);
        yield return Amount(row.Total, row.Currency);
        yield return Amount(row.Refunded, row.Currency);
        yield return row.PaidUtc is { } paid ? shopTime.ToLocal(paid).ToString(DateFormat, CultureInfo.InvariantCulture) : string.Empty;
        yield return row.Country;
        yield return row.City;
        yield return Amount(row.TaxTotal, row.Currency);
        yield return Amount(row.ShippingTax, row.Currency);
        yield return row.PricesIncludeTax ? "yes" : "no";
        yield return row.ShippingMethod ?? string.Empty;
        yield return Amount(row.DiscountTotal, row.Currency);
        yield return row.CouponCode ?? string.Empty;
        yield return baseCurrency;
        yield return row.ExchangeRate.ToString("0.########", CultureInfo.InvariantCulture);
        yield return Amount(row.BaseTotal, baseCurrency);
    }

    // RFC 4180: a field with a comma, quote, CR or LF is quoted, its quotes doubled.
    private static string Csv(string value)
    {
        value = Neutralise(value);
        return value.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;
    }

    private static string Amount(long minor, string currency) => Money.Major(minor, currency).ToString("F" + Money.DecimalsOf(currency), CultureInfo.InvariantCulture);
}
