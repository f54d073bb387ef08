using System.Net;
using System.Text;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Store.Orders.Contracts;
using Store.Tests.Infrastructure;

namespace Store.Tests.Orders.Admin;

/// <summary>The exports read back: the same orders as the list, in its order, with formula-looking text made harmless.</summary>
public sealed class OrderExportTests(OrderAdminAppFactory app) : IClassFixture<OrderAdminAppFactory>
{
    private static readonly string[] Header = ["Number", "Placed", "Status", "Payment", "Email", "Customer", "Items", "Currency", "Subtotal", "Shipping", "Total", "Refunded", "Paid", "Country", "City", "Tax", "Shipping tax", "Prices include tax", "Shipping method", "Discount", "Coupon", "Base currency", "Exchange rate", "Base total"];

    [Fact]
    public async Task The_csv_holds_exactly_the_filtered_list_with_formulas_neutralised()
    {
        var (set, risky) = await SeedAsync();
        var (browser, api) = await app.StaffAsync();
        var query = $"customer={set.Tag}&minTotal=10&sort=total";
        var expected = await ListAsync(api, query);

        var response = await api.GetAsync("/api/v1/admin/orders/export.csv?" + query);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType!.MediaType);
        Assert.Contains("attachment", response.Content.Headers.ContentDisposition!.ToString(), StringComparison.Ordinal);
        var rows = ParseCsv(await response.Content.ReadAsStringAsync());
        Assert.Equal(Header, rows[0]);
        Assert.Equal(expected, rows.Skip(1).Select(r => (r[0], r[2], r[3], r[10])).ToList());
        var formula = rows.Single(r => r[0] == risky.Number);
        Assert.Equal($"'=HYPERLINK(\"http://evil\",\"x\") {set.Tag}", formula[5]);
        Assert.Equal("'+33 1, \"quoted\"", formula[14]);
        Assert.Equal("2026-03-10 14:00:00", formula[1]); // 13:00 UTC is 14:00 in Paris
        Assert.Equal(("0.00", "0.00", "no", ""), (formula[15], formula[16], formula[17], formula[18])); // seeded without tax or method
        Assert.Equal($"'-risky.{set.Tag}@example.com", formula[4]);

        // The page's link gives the same file on the cookie.
        var page = await browser.GetAsync("/admin/orders/export.csv?" + query);
        Assert.Equal(rows, ParseCsv(await page.Content.ReadAsStringAsync()));
    }

    [Fact]
    public async Task The_xlsx_holds_exactly_the_filtered_list_with_formulas_neutralised()
    {
        var (set, risky) = await SeedAsync();
        var (browser, api) = await app.StaffAsync();
        var query = $"customer={set.Tag}&status=Cancelled";
        var expected = await ListAsync(api, query);

        var response = await browser.GetAsync("/admin/orders/export.xlsx?" + query);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var rows = ReadXlsx(await response.Content.ReadAsByteArrayAsync());
        Assert.Equal(Header, rows[0]);
        Assert.Equal(expected, rows.Skip(1).Select(r => (r[0], r[2], r[3], decimal.Parse(r[10], System.Globalization.CultureInfo.InvariantCulture).ToString("F2", System.Globalization.CultureInfo.InvariantCulture))).ToList());
        var formula = rows.Single(r => r[0] == risky.Number);
        Assert.Equal($"'=HYPERLINK(\"http://evil\",\"x\") {set.Tag}", formula[5]);
        Assert.Equal("'+33 1, \"quoted\"", formula[14]);
        Assert.Equal($"'-risky.{set.Tag}@example.com", formula[4]);
        Assert.Equal(HttpStatusCode.OK, (await api.GetAsync("/api/v1/admin/orders/export.xlsx?" + query)).StatusCode);
    }

    [Fact]
    public async Task Both_files_end_with_the_base_currency_the_rate_and_the_base_total()
    {
        var set = await OrderSet.SeedAsync(app);
        var yen = new SeedOrder(OrderSeed.Number(set.Prefix), $"yen.{set.Tag}@example.com", $"Yen {set.Tag}", OrderStatus.Paid, 4540, new DateTime(2026, 3, 11, 9, 0, 0, DateTimeKind.Utc));
        await app.SeedAsync(yen);
        // Placed in yen at 151.37: ¥4,540 is $29.99 in the base currency.
        await app.WithDbAsync(db => Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.ExecuteUpdateAsync(
            System.Linq.Queryable.Where(db.Set<Store.Orders.Orders.Order>(), o => o.Number == yen.Number),
            s => s.SetProperty(o => o.Currency, "JPY").SetProperty(o => o.ExchangeRate, 151.37m).SetProperty(o => o.BaseTotal, 2999L)));
        var (browser, api) = await app.StaffAsync();
        var query = $"customer={set.Tag}";

        var csv = ParseCsv(await (await api.GetAsync("/api/v1/admin/orders/export.csv?" + query)).Content.ReadAsStringAsync());
        var xlsx = ReadXlsx(await (await browser.GetAsync("/admin/orders/export.xlsx?" + query)).Content.ReadAsByteArrayAsync());

        var csvYen = csv.Single(r => r[0] == yen.Number);
        Assert.Equal(("JPY", "4540", "USD", "151.37", "29.99"), (csvYen[7], csvYen[10], csvYen[21], csvYen[22], csvYen[23]));
        var dollars = csv.Skip(1).First(r => r[0] != yen.Number);
        // An order in the base currency: rate 1, base total = its total.
        Assert.Equal(("USD", "1", dollars[10]), (dollars[21], dollars[22], dollars[23]));
        Assert.Equal(Header, xlsx[0]);
        var xlsxYen = xlsx.Single(r => r[0] == yen.Number);
        Assert.Equal(("JPY", "USD"), (xlsxYen[7], xlsxYen[21]));
        Assert.Equal((151.37m, 29.99m), (decimal.Parse(xlsxYen[22], System.Globalization.CultureInfo.InvariantCulture), decimal.Parse(xlsxYen[23], System.Globalization.CultureInfo.InvariantCulture)));
    }

    private async Task<(OrderSet Set, SeedOrder Risky)> SeedAsync()
    {
        var set = await OrderSet.SeedAsync(app);
        var risky = new SeedOrder(OrderSeed.Number(set.Prefix), $"-risky.{set.Tag}@example.com", $"=HYPERLINK(\"http://evil\",\"x\") {set.Tag}", OrderStatus.Cancelled, 1800, new DateTime(2026, 3, 10, 13, 0, 0, DateTimeKind.Utc));
        await app.SeedAsync(risky);
        await app.WithDbAsync(db => Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.ExecuteUpdateAsync(
            System.Linq.Queryable.Where(db.Set<Store.Orders.Orders.Order>(), o => o.Number == risky.Number),
            s => s.SetProperty(o => o.ShippingAddress.City, "+33 1, \"quoted\"")));
        return (set, risky);
    }

    /// <summary>Every page of the API list: number, status, payment state, total in major units.</summary>
    private static async Task<List<(string, string, string, string)>> ListAsync(HttpClient api, string query)
    {
        var rows = new List<(string, string, string, string)>();
        for (var page = 1; ; page++)
        {
            var json = await (await api.GetAsync($"/api/v1/admin/orders?{query}&page={page}")).OkJsonAsync();
            rows.AddRange(json.GetProperty("items").EnumerateArray().Select(i => (
                i.GetProperty("number").GetString()!, i.GetProperty("status").GetString()!, i.GetProperty("paymentState").GetString()!,
                (i.GetProperty("total").GetInt64() / 100m).ToString("F2", System.Globalization.CultureInfo.InvariantCulture))));
            if (page >= json.GetProperty("pages").GetInt32())
            {
                Assert.NotEmpty(rows);
                return rows;
            }
        }
    }

    /// <summary>RFC 4180: CRLF between records, quoted fields may hold commas, quotes (doubled) and line breaks.</summary>
    private static List<string[]> ParseCsv(string text)
    {
        var rows = new List<string[]>();
        var fields = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    field.Append(c);
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c == ',')
            {
                fields.Add(field.ToString());
                field.Clear();
            }
            else if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
            {
                fields.Add(field.ToString());
                field.Clear();
                rows.Add([.. fields]);
                fields.Clear();
                i++;
            }
            else
            {
                Assert.NotEqual('\n', c); // a bare LF outside quotes is not RFC 4180
                field.Append(c);
            }
        }

        Assert.Equal(0, field.Length + fields.Count); // the last record ends with CRLF
        return rows;
    }

    private static List<string[]> ReadXlsx(byte[] bytes)
    {
        using var stream = new MemoryStream(bytes);
        using var document = SpreadsheetDocument.Open(stream, false);
        var workbook = document.WorkbookPart!;
        var shared = workbook.SharedStringTablePart?.SharedStringTable.Elements<SharedStringItem>().Select(s => s.InnerText).ToList() ?? [];
        var sheet = workbook.WorksheetParts.Single().Worksheet;
        var rows = new List<string[]>();
        foreach (var row in sheet.Descendants<Row>())
        {
            rows.Add(row.Elements<Cell>().Select(c =>
                c.DataType?.Value == CellValues.SharedString ? shared[int.Parse(c.CellValue!.Text, System.Globalization.CultureInfo.InvariantCulture)]
                : c.DataType?.Value == CellValues.InlineString ? c.InlineString!.InnerText
                : c.CellValue?.Text ?? c.InnerText).ToArray());
        }

        return rows;
    }
}
