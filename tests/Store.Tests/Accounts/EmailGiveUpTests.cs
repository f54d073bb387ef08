using Microsoft.Extensions.DependencyInjection;
using Store.Core.Email;
using Store.Tests.Infrastructure;

namespace Store.Tests.Accounts;

public sealed class EmailGiveUpTests(SmtpGoneAppFactory app) : IClassFixture<SmtpGoneAppFactory>
{
    [Fact]
    public async Task After_the_last_attempt_the_message_is_kept_as_failed_and_not_tried_again()
    {
        var email = Accounts.NewEmail("gone");
        await app.Browser().SubmitAsync("/account/register", new Dictionary<string, string> { ["Email"] = email, ["DisplayName"] = "Gil Gone", ["Password"] = Accounts.Password });

        var row = await Outbox.WaitForRowAsync(app, email, r => r.FailedUtc is not null, TimeSpan.Zero);

        Assert.Equal(1, row.Attempts);
        Assert.Null(row.SentUtc);
        Assert.Equal(0, await app.Services.GetRequiredService<EmailDispatcher>().SendDueAsync(CancellationToken.None));
    }

    [Fact]
    public void Backoff_doubles_from_30_seconds_up_to_one_hour()
    {
        var dispatcher = app.Services.GetRequiredService<EmailDispatcher>();

        Assert.Equal(TimeSpan.FromSeconds(30), dispatcher.Backoff(1));
        Assert.Equal(TimeSpan.FromSeconds(60), dispatcher.Backoff(2));
        Assert.Equal(TimeSpan.FromMinutes(16), dispatcher.Backoff(6));
        Assert.Equal(TimeSpan.FromHours(1), dispatcher.Backoff(9));
        Assert.Equal(TimeSpan.FromHours(1), dispatcher.Backoff(40));
    }
}
