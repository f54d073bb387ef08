using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Store.Core.Data;
using Store.Core.Email;
using Store.Tests.Infrastructure;

namespace Store.Tests.Accounts;

public sealed class EmailDeliveryTests(SmtpAppFactory app) : IClassFixture<SmtpAppFactory>
{
    [Fact]
    public async Task Confirmation_and_reset_emails_arrive_over_smtp_and_their_links_work()
    {
        var client = app.Browser();
        var email = Accounts.NewEmail();
        await client.SubmitAsync("/account/register", new Dictionary<string, string> { ["Email"] = email, ["DisplayName"] = "Mo Mailer", ["Password"] = Accounts.Password });

        var confirmation = await app.Smtp.WaitForAsync(email, m => m.Subject == "Confirm your email address");
        Assert.Equal("shop@test.local", confirmation.From.Mailboxes.Single().Address);
        Assert.Contains("Hello Mo Mailer", confirmation.TextBody, StringComparison.Ordinal);
        Assert.Contains("https://shop.test/account/confirm?", confirmation.HtmlBody, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync(Accounts.LinkIn(confirmation, "/account/confirm"))).StatusCode);

        var forgot = await client.SubmitAsync("/account/password/forgot", new Dictionary<string, string> { ["Email"] = email });
        Assert.Equal(HttpStatusCode.OK, forgot.StatusCode);
        var reset = await app.Smtp.WaitForAsync(email, m => m.Subject == "Reset your password");
        var link = Accounts.LinkIn(reset, "/account/password/reset");
        var page = await client.GetAsync(link);
        var token = FormPost.TokenOf(await page.HtmlAsync());
        var query = System.Web.HttpUtility.ParseQueryString(new Uri("https://x" + link).Query);
        var changed = await client.PostFormAsync("/account/password/reset",
            new Dictionary<string, string> { ["User"] = query["user"]!, ["Token"] = query["token"]!, ["Password"] = "Brand-new-pass-7" }, token);
        Assert.Equal(HttpStatusCode.Redirect, changed.StatusCode);

        Assert.Equal(HttpStatusCode.Redirect, (await app.Browser().SignInAsync(email, "Brand-new-pass-7")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await app.Browser().SignInAsync(email)).StatusCode);
    }

    [Fact]
    public async Task Two_senders_racing_over_the_same_rows_send_each_message_once()
    {
        var dispatcher = app.Services.GetRequiredService<EmailDispatcher>();
        var to = Accounts.NewEmail("race");
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<StoreDbContext>();
            var now = app.Time.GetUtcNow().UtcDateTime;
            for (var i = 0; i < 12; i++)
            {
                db.Set<OutboxMessage>().Add(new OutboxMessage { To = to, Subject = $"Race {i}", HtmlBody = "<p>x</p>", TextBody = "x", CreatedUtc = now, NextAttemptUtc = now });
            }

            await db.SaveChangesAsync();
        }

        // The background sender was woken by the save; two more senders run beside it.
        await Task.WhenAll(Task.Run(() => dispatcher.SendDueAsync(CancellationToken.None)), Task.Run(() => dispatcher.SendDueAsync(CancellationToken.None)));
        for (var i = 0; i < 12; i++)
        {
            await app.Smtp.WaitForAsync(to, m => m.Subject == $"Race {i}");
        }

        // A row is marked sent just after the server has the message: wait for the marks, then count.
        for (var i = 0; i < 12; i++)
        {
            var row = await Outbox.WaitForRowAsync(app, to, r => r.Subject == $"Race {i}" && r.SentUtc is not null, TimeSpan.Zero);
            Assert.Equal("", row.HtmlBody + row.TextBody);
        }

        Assert.Equal(12, app.Smtp.Received.Count(m => m.To.Mailboxes.Any(a => a.Address == to)));
    }
}
