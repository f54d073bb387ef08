using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Store.Core.Security;
using Store.Orders.Contracts;
using Store.Orders.Invoices;
using Store.Orders.Orders;
using Store.Tests.Accounts;
using Store.Tests.Infrastructure;
using Store.Tests.Orders.Admin;

namespace Store.Tests.Orders.Fulfilment;

/// <summary>Paying issues a numbered invoice PDF, a refund a credit note; both reach the customer's order page, API and email.</summary>
public sealed class InvoiceTests(InvoiceAppFactory app) : IClassFixture<InvoiceAppFactory>
{
    [Fact]
    public async Task Fifty_payments_at_once_get_fifty_consecutive_invoice_numbers()
    {
        var placed = await Task.WhenAll(Enumerable.Range(0, 50).Select(i => app.PlaceAsync(($"Rush item {i}", 1000 + i, 1))));

        // Each payment in its own scope and connection, all started before any finishes.
        var outcomes = await Task.WhenAll(placed.Select(o => Task.Run(() => app.PayAsync(o.Number))));

        Assert.All(outcomes, o => Assert.Equal(PaymentResult.Paid, o.Result));
        var numbers = placed.Select(p => p.Number).ToList();
        var invoices = await app.WithDbAsync(db => db.Set<OrderDocument>().Where(d => d.Kind == DocumentKind.Invoice && db.Set<Order>().Any(o => o.Id == d.OrderId && numbers.Contains(o.Number)))
            .Select(d => new { d.OrderId, d.Number, d.Sequence }).ToListAsync());
        Assert.Equal(50, invoices.Select(i => i.OrderId).Distinct().Count());
        var sequences = invoices.Select(i => i.Sequence).Order().ToList();
        Assert.Equal(Enumerable.Range((int)sequences[0], 50).Select(s => (long)s), sequences);
        var year = app.Time.GetUtcNow().Year;
        Assert.All(invoices, i => Assert.Equal($"INV-{year}-{i.Sequence:000000}", i.Number));
    }

    [Fact]
    public async Task The_invoice_of_an_order_with_prices_including_tax_holds_its_lines_the_tax_by_rate_and_the_totals()
    {
        // 2 × 12.00 at 20 % (4.00 tax inside), 1 × 10.55 at 5.5 % (0.55 inside), shipping 6.00 at 20 % (1.00 inside): 40.55.
        var order = await app.PlaceAsync(("Taxed Teapot", 1200, 2), ("Taxed Book", 1055, 1));
        await SetTaxAsync(order, includesTax: true, [(20m, 400), (5.5m, 55)], shipping: 600, shippingRate: 20m, shippingTax: 100, total: 4055);
        await app.PayAsync(order.Number);

        var list = await order.Api.DocumentsAsync($"/api/v1/orders/{order.Number}/invoices");
        var invoice = Assert.Single(list.EnumerateArray());
        Assert.Equal("invoice", invoice.GetProperty("kind").GetString());
        Assert.Equal(4055, invoice.GetProperty("total").GetInt64());
        var response = await order.Api.GetAsync(invoice.GetProperty("url").GetString());
        Assert.Equal("application/pdf", response.Content.Headers.ContentType!.MediaType);
        var text = Pdfs.Text(await response.Content.ReadAsByteArrayAsync());

        var number = invoice.GetProperty("number").GetString()!;
        Assert.Contains("Invoice " + number, text, StringComparison.Ordinal);
        Assert.Contains("Order: " + order.Number, text, StringComparison.Ordinal);
        Assert.Contains("Store Test SAS", text, StringComparison.Ordinal);
        Assert.Contains("VAT number: FR00123456789", text, StringComparison.Ordinal);
        Assert.Contains("Ada Buyer", text, StringComparison.Ordinal);
        Assert.Contains("prices include tax", text, StringComparison.Ordinal);
        // Lines: net, rate, tax, gross.
        Assert.Contains("Taxed Teapot", text, StringComparison.Ordinal);
        Assert.Contains("2 20.00 20 % 4.00 24.00", text, StringComparison.Ordinal);
        Assert.Contains("1 10.00 5.5 % 0.55 10.55", text, StringComparison.Ordinal);
        Assert.Contains("Shipping", text, StringComparison.Ordinal);
        Assert.Contains("5.00 20 % 1.00 6.00", text, StringComparison.Ordinal);
        // The summary by rate, then the totals.
        Assert.Contains("5.5 % 10.00 0.55 10.55 20 % 25.00 5.00 30.00", text, StringComparison.Ordinal);
        Assert.Contains("Total net 35.00 USD Total tax 5.55 USD Total 40.55 USD", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_invoice_of_an_order_with_tax_added_shows_the_tax_on_top_and_the_total_charged()
    {
        // US style: 3 × 10.00 net with 8.875 % tax (2.66), shipping 5.00 untaxed: 37.66.
        var order = await app.PlaceAsync(("Net Lamp", 1000, 3));
        await SetTaxAsync(order, includesTax: false, [(8.875m, 266)], shipping: 500, shippingRate: 0, shippingTax: 0, total: 3766);
        await app.PayAsync(order.Number);
        var (_, staff) = await app.StaffAsync();

        var list = await staff.DocumentsAsync($"/api/v1/admin/orders/{order.Number}/invoices");
        var text = Pdfs.Text(await staff.GetByteArrayAsync(Assert.Single(list.EnumerateArray()).GetProperty("url").GetString()));

        Assert.Contains("tax is added to the prices", text, StringComparison.Ordinal);
        Assert.Contains("3 30.00 8.875 % 2.66 32.66", text, StringComparison.Ordinal);
        Assert.Contains("Total net 35.00 USD Total tax 2.66 USD Total 37.66 USD", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_payment_email_carries_the_invoice_and_staff_can_send_it_again()
    {
        var order = await app.PaidOrderAsync(("Mailed Clock", 4500, 1));
        var number = (await order.Api.DocumentsAsync($"/api/v1/orders/{order.Number}/invoices"))[0].GetProperty("number").GetString()!;

        var paid = await app.MailToAsync(order.Email, $"Order {order.Number} is paid");

        var pdf = Fulfilment.PdfAttachment(paid, number + ".pdf");
        var text = Pdfs.Text(pdf);
        Assert.Contains("Invoice " + number, text, StringComparison.Ordinal);
        Assert.Contains("Mailed Clock", text, StringComparison.Ordinal);
        // The attachment is the stored document itself, byte for byte.
        Assert.Equal(pdf, await order.Api.GetByteArrayAsync($"/api/v1/orders/{order.Number}/invoices/{number}"));

        var (browser, staff) = await app.StaffAsync();
        Assert.Equal(HttpStatusCode.Accepted, (await staff.PostAsync($"/api/v1/admin/orders/{order.Number}/invoices/{number}/send", null)).StatusCode);
        var again = await app.MailToAsync(order.Email, $"Invoice {number} for order {order.Number}");
        Assert.Equal(pdf, Fulfilment.PdfAttachment(again, number + ".pdf"));
        Assert.Equal(pdf, await browser.GetByteArrayAsync($"/admin/orders/{order.Number}/invoices/{number}"));
        Assert.Equal(HttpStatusCode.NotFound, (await staff.PostAsync($"/api/v1/admin/orders/{order.Number}/invoices/INV-0000-000000/send", null)).StatusCode);
    }

    [Fact]
    public async Task A_refund_issues_a_credit_note_mailed_with_the_refund_email_and_shown_on_the_order_page()
    {
        var order = await app.PaidOrderAsync(("Refunded Rug", 8000, 1));
        var (_, admin) = await app.StaffAsync(StoreRoles.Administrator);

        await (await admin.PostAsJsonAsync($"/api/v1/admin/orders/{order.Number}/refunds", new { amount = 2500, reason = "Scratched" })).OkJsonAsync();

        var documents = (await order.Api.DocumentsAsync($"/api/v1/orders/{order.Number}/invoices")).EnumerateArray().ToList();
        Assert.Equal(["invoice", "credit_note"], documents.Select(d => d.GetProperty("kind").GetString()));
        var creditNote = documents[1];
        var number = creditNote.GetProperty("number").GetString()!;
        Assert.StartsWith($"CN-{app.Time.GetUtcNow().Year}-", number, StringComparison.Ordinal);
        Assert.Equal(2500, creditNote.GetProperty("total").GetInt64());
        var text = Pdfs.Text(await order.Api.GetByteArrayAsync(creditNote.GetProperty("url").GetString()));
        Assert.Contains("Credit note " + number, text, StringComparison.Ordinal);
        Assert.Contains("Credits invoice " + documents[0].GetProperty("number").GetString(), text, StringComparison.Ordinal);
        Assert.Contains("Total credited 25.00 USD", text, StringComparison.Ordinal);

        var mail = await app.MailToAsync(order.Email, $"Order {order.Number}: $25.00 refunded");
        Assert.Contains("Credit note " + number, Pdfs.Text(Fulfilment.PdfAttachment(mail, number + ".pdf")), StringComparison.Ordinal);

        var browser = await app.SignedInCustomerAsync(order.Email);
        var page = await browser.GetStringAsync($"/account/orders/{order.Number}");
        Assert.Contains($"href=\"/account/orders/{order.Number}/invoices/{number}\"", page, StringComparison.Ordinal);
        var download = await browser.GetAsync($"/account/orders/{order.Number}/invoices/{number}");
        Assert.Equal("application/pdf", download.Content.Headers.ContentType!.MediaType);
        Assert.Equal(number + ".pdf", download.Content.Headers.ContentDisposition!.FileNameStar ?? download.Content.Headers.ContentDisposition.FileName);
    }

    [Fact]
    public async Task Another_customer_gets_404_for_an_invoice_that_is_not_theirs()
    {
        var order = await app.PaidOrderAsync(("Private Frame", 3000, 1));
        var number = (await order.Api.DocumentsAsync($"/api/v1/orders/{order.Number}/invoices"))[0].GetProperty("number").GetString()!;
        var (strangerEmail, strangerApi) = await app.ApiShopperAsync();
        var stranger = await app.SignedInCustomerAsync(strangerEmail);

        Assert.Equal(HttpStatusCode.NotFound, (await stranger.GetAsync($"/account/orders/{order.Number}/invoices/{number}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await strangerApi.GetAsync($"/api/v1/orders/{order.Number}/invoices/{number}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await strangerApi.GetAsync($"/api/v1/orders/{order.Number}/invoices")).StatusCode);
        // Their own order number with someone else's document number is no way in either.
        var own = await app.PaidOrderAsync(("Own Frame", 3000, 1));
        Assert.Equal(HttpStatusCode.NotFound, (await own.Api.GetAsync($"/api/v1/orders/{own.Number}/invoices/{number}")).StatusCode);
        // Nor is the staff address, which needs the order manager's permission.
        var staffOnly = await stranger.GetAsync($"/admin/orders/{order.Number}/invoices/{number}");
        Assert.NotEqual("application/pdf", staffOnly.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task A_partial_refund_spreads_over_the_tax_rates_and_adds_up_to_the_amount()
    {
        var order = await app.PlaceAsync(("Split Tea", 1200, 2), ("Split Book", 1055, 1));
        await SetTaxAsync(order, includesTax: true, [(20m, 400), (5.5m, 55)], shipping: 600, shippingRate: 20m, shippingTax: 100, total: 4055);
        await app.PayAsync(order.Number);
        var row = await app.WithDbAsync(db => db.Set<Order>().AsNoTracking().Include(o => o.Lines).SingleAsync(o => o.Number == order.Number));

        var lines = DocumentContents.CreditLines(row, 1001);

        Assert.Equal(1001, lines.Sum(l => l.Gross));
        Assert.All(lines, l => Assert.Equal(l.Gross, l.Net + l.Tax));
        // 30.00 of 40.55 is at 20 %, 10.55 at 5.5 %: 7.41 and 2.60 of 10.01.
        Assert.Equal([(5.5m, 260L, 14L), (20m, 741L, 124L)], lines.Select(l => (l.Rate, l.Gross, l.Tax)));
        Assert.Equal(DocumentContents.InvoiceLines(row), DocumentContents.CreditLines(row, row.Total));
    }

    private Task<int> SetTaxAsync(PlacedOrder order, bool includesTax, (decimal Rate, long Tax)[] lineTax, long shipping, decimal shippingRate, long shippingTax, long total) =>
        app.WithDbAsync(async db =>
        {
            var row = await db.Set<Order>().Include(o => o.Lines).SingleAsync(o => o.Number == order.Number);
            foreach (var (line, tax) in row.Lines.OrderBy(l => l.Id).Zip(lineTax))
            {
                (line.TaxRate, line.TaxAmount) = tax;
            }

            row.PricesIncludeTax = includesTax;
            row.Shipping = shipping;
            row.ShippingTaxRate = shippingRate;
            row.ShippingTax = shippingTax;
            row.TaxTotal = lineTax.Sum(t => t.Tax) + shippingTax;
            row.Total = total;
            Assert.Equal(total, row.Subtotal + row.Shipping + (includesTax ? 0 : row.TaxTotal));
            return await db.SaveChangesAsync();
        });
}
