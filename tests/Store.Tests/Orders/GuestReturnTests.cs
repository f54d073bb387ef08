using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Store.Catalog.Products;
using Store.Orders.Orders;
using Store.Orders.Returns;
using Store.Tests.Accounts;
using Store.Tests.Infrastructure;
using Store.Tests.Orders.Fulfilment;

namespace Store.Tests.Orders;

/// <summary>A guest's return form: reached through the signed link or the number-and-email lookup; what it refuses.</summary>
public sealed partial class GuestReturnTests(ShopAppFactory app) : IClassFixture<ShopAppFactory>
{
    [Fact]
    public async Task A_guest_found_by_number_and_email_returns_the_delivered_line_and_is_refused_the_one_not_delivered()
    {
        var (jug, tray) = ("Guest Return Jug " + Suffix(), "Guest Return Tray " + Suffix());
        var (number, link, email, lines) = await GuestOrderAsync((jug, 1500), (tray, 900));
        await ShipAsync(number, lines[0]);

        // Another browser, with only the number and the email: the look-up hands out the order's link.
        var guest = app.Browser();
        var found = await guest.SubmitAsync("/orders/find", new Dictionary<string, string> { ["Number"] = number, ["Email"] = email });
        Assert.Equal(HttpStatusCode.Redirect, found.StatusCode);
        var orderPath = found.Headers.Location!.OriginalString;
        var form = await guest.GetStringAsync(orderPath + "/return");
        Assert.Contains(jug, form, StringComparison.Ordinal);
        Assert.Contains("Not delivered yet.", form, StringComparison.Ordinal);

        var undelivered = await guest.PostFormAsync(orderPath + "/return", Fields(form, lines[1], "Wrong colour"), FormPost.TokenOf(form));
        Assert.Equal(HttpStatusCode.BadRequest, undelivered.StatusCode);
        Assert.Contains(tray + ": Not delivered yet.", await undelivered.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(0, await ReturnsOfAsync(number));

        var sent = await guest.PostFormAsync(orderPath + "/return", Fields(form, lines[0], "Wrong colour"), FormPost.TokenOf(form));
        Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);
        Assert.Contains("returned=" + number + "-R1", sent.Headers.Location!.OriginalString, StringComparison.Ordinal);
        Assert.Equal(1, await ReturnsOfAsync(number));
        Assert.Contains("Wrong colour", (await app.MailToAsync(email, "We received your return request " + number + "-R1")).HtmlBody, StringComparison.Ordinal);
        Assert.Contains(number + "-R1", await guest.GetStringAsync(link), StringComparison.Ordinal);
        var request = await app.WithDbAsync(db => db.Set<ReturnRequest>().Where(r => r.Number == number + "-R1").Select(r => r.RequestedBy).SingleAsync());
        Assert.Equal("guest", request);

        // The same return form under a changed token shows nothing and takes nothing.
        var token = orderPath["/order/".Length..];
        var tampered = "/order/" + token[..8] + (token[8] == 'A' ? 'B' : 'A') + token[9..];
        Assert.Equal(HttpStatusCode.NotFound, (await guest.GetAsync(tampered + "/return")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await guest.PostFormAsync(tampered + "/return", Fields(form, lines[0], "Again"), FormPost.TokenOf(form))).StatusCode);
        Assert.Equal(1, await ReturnsOfAsync(number));
    }

    [Fact]
    public async Task A_guest_past_the_products_return_period_is_told_when_it_ended_and_nothing_is_made()
    {
        var mug = "Guest Short Return Mug " + Suffix();
        var (number, link, _, lines) = await GuestOrderAsync((mug, 1200));
        var productId = await app.WithOrdersAsync(q => q.Where(o => o.Number == number).SelectMany(o => o.Lines).Select(l => l.ProductId).SingleAsync());
        await app.WithDbAsync(db => db.Set<Product>().Where(p => p.Id == productId).ExecuteUpdateAsync(s => s.SetProperty(p => p.ReturnDays, 2)));
        await ShipAsync(number, lines[0]);
        // The class's clock only moves forward; the other test returns on the day of delivery.
        app.Time.Advance(TimeSpan.FromDays(3));

        var guest = app.Browser();
        var form = await guest.GetStringAsync(link + "/return");
        Assert.Contains("The 2 days to return it ended on", form, StringComparison.Ordinal);
        var late = await guest.PostFormAsync(link + "/return", Fields(form, lines[0], "Too late?"), FormPost.TokenOf(form));

        Assert.Equal(HttpStatusCode.BadRequest, late.StatusCode);
        Assert.Contains(mug + ": The 2 days to return it ended on", await late.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(0, await ReturnsOfAsync(number));
    }

    private static string Suffix() => Guid.NewGuid().ToString("n")[..6];

    private Task<int> ReturnsOfAsync(string number) => app.WithDbAsync(db => db.Set<ReturnRequest>().CountAsync(r => r.Number.StartsWith(number)));

    private static Dictionary<string, string> Fields(string form, int lineId, string reason) => new()
    {
        ["Key"] = Regex.Match(form, "name=\"Key\" value=\"([^\"]+)\"").Groups[1].Value,
        [$"Line_{lineId}"] = "1",
        ["Reason"] = reason,
        ["Outcome"] = "refund",
    };

    // A paid guest order of one unit of each product, placed through the checkout form.
    private async Task<(string Number, string Link, string Email, IReadOnlyList<int> LineIds)> GuestOrderAsync(params (string Name, long Price)[] products)
    {
        var email = Store.Tests.Accounts.Accounts.NewEmail();
        var guest = app.Browser();
        foreach (var (name, price) in products)
        {
            var item = await app.ProductAsync(name, price, 10);
            await guest.PostCartFormAsync("/cart/add", new Dictionary<string, string> { ["variantId"] = item.VariantId.ToString(System.Globalization.CultureInfo.InvariantCulture), ["quantity"] = "1" });
        }

        var page = await guest.GetStringAsync("/checkout");
        var placed = await guest.PostFormAsync("/checkout", GuestCheckoutTests.GuestFields(page, email), FormPost.TokenOf(page));
        Assert.Equal(HttpStatusCode.Redirect, placed.StatusCode);
        var link = placed.Headers.Location!.OriginalString.Split('?')[0];
        var order = await app.WithOrdersAsync(q => q.Where(o => o.Email == email).Select(o => new { o.Number, Lines = o.Lines.OrderBy(l => l.Id).Select(l => l.Id).ToList() }).SingleAsync());
        await app.PayAsync(order.Number);
        return (order.Number, link, email, order.Lines);
    }

    // One line shipped in a parcel and delivered, through the staff API.
    private async Task ShipAsync(string number, int lineId)
    {
        var staff = await app.ApiAdminAsync();
        await (await staff.ShipAsync(number, new { lines = new[] { new { lineId, quantity = 1 } }, carrier = "UPS", trackingNumber = "1Z" + number })).OkJsonAsync(HttpStatusCode.Created);
        await (await staff.PostAsync($"/api/v1/admin/orders/{number}/shipments/1/delivered", null)).OkJsonAsync();
    }
}
