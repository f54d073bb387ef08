using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Store.Core.Data;
using Store.Core.Email;
using Store.Tests.Infrastructure;

namespace Store.Tests.Accounts;

public sealed class ProfileTests(StoreAppFactory app) : IClassFixture<StoreAppFactory>
{
    [Fact]
    public async Task A_new_name_is_saved_at_once()
    {
        var email = Accounts.NewEmail();
        await app.CreateCustomerAsync(email);
        var client = await app.SignedInCustomerAsync(email);

        var saved = await client.SubmitAsync("/account/profile", new Dictionary<string, string> { ["DisplayName"] = "Alex New-Name", ["Email"] = email });

        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        Assert.Contains("Your profile is saved.", await saved.HtmlAsync(), StringComparison.Ordinal);
        Assert.Contains("Alex New-Name", await (await client.GetAsync("/account")).HtmlAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_new_email_takes_effect_only_when_its_link_is_followed()
    {
        var email = Accounts.NewEmail();
        var newEmail = Accounts.NewEmail("moved");
        await app.CreateCustomerAsync(email);
        var client = await app.SignedInCustomerAsync(email);

        var pending = await client.SubmitAsync("/account/profile", new Dictionary<string, string> { ["DisplayName"] = "Sam Shopper", ["Email"] = newEmail });
        Assert.Contains("We have sent a link to " + newEmail, await pending.HtmlAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await app.Browser().SignInAsync(email)).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await app.Browser().SignInAsync(newEmail)).StatusCode);

        var link = Accounts.LinkIn(await app.MailToAsync(newEmail, "Confirm your new email address"), "/account/email/confirm");
        var confirmed = await app.Browser().GetAsync(link);
        Assert.Equal(HttpStatusCode.Redirect, confirmed.StatusCode);

        Assert.Equal(HttpStatusCode.Redirect, (await app.Browser().SignInAsync(newEmail)).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await app.Browser().SignInAsync(email)).StatusCode);
        // The link works once.
        Assert.Equal(HttpStatusCode.BadRequest, (await app.Browser().GetAsync(link)).StatusCode);
    }

    [Fact]
    public async Task An_email_another_account_uses_is_answered_like_a_free_one_and_its_owner_is_told()
    {
        var email = Accounts.NewEmail();
        var taken = Accounts.NewEmail("taken");
        var free = Accounts.NewEmail("free");
        await app.CreateCustomerAsync(email);
        await app.CreateCustomerAsync(taken);
        var client = await app.SignedInCustomerAsync(email);

        var toTaken = await client.SubmitAsync("/account/profile", new Dictionary<string, string> { ["DisplayName"] = "Sam", ["Email"] = taken });
        var toFree = await client.SubmitAsync("/account/profile", new Dictionary<string, string> { ["DisplayName"] = "Sam", ["Email"] = free });

        Assert.Equal(HttpStatusCode.OK, toTaken.StatusCode);
        Assert.Equal(toFree.StatusCode, toTaken.StatusCode);
        Assert.Contains($"We have sent a link to {taken}", await toTaken.HtmlAsync(), StringComparison.Ordinal);
        Assert.Contains($"We have sent a link to {free}", await toFree.HtmlAsync(), StringComparison.Ordinal);
        var told = await app.MailToAsync(taken, "Someone tried to use your email address");
        Assert.Contains("/account/password/forgot", told.HtmlBody, StringComparison.Ordinal);
        Assert.Equal(email, await app.WithUsersAsync(async users => (await users.FindByEmailAsync(email))?.Email));
    }

    [Fact]
    public async Task One_address_typed_in_many_spellings_gets_at_most_five_emails_an_hour()
    {
        var email = Accounts.NewEmail();
        await app.CreateCustomerAsync(email);
        var client = await app.SignedInCustomerAsync(email);
        var target = Accounts.NewEmail("target");

        for (var i = 0; i < 7; i++)
        {
            var spelling = string.Concat(target.Select((c, at) => at == i ? char.ToUpperInvariant(c) : c));
            var response = await client.SubmitAsync("/account/profile", new Dictionary<string, string> { ["DisplayName"] = "Sam Shopper", ["Email"] = spelling });
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }

        await using var scope = app.Services.CreateAsyncScope();
        var recipients = await scope.ServiceProvider.GetRequiredService<StoreDbContext>().Set<OutboxMessage>().Select(m => m.To).ToListAsync();
        Assert.Equal(5, recipients.Count(to => string.Equals(to, target, StringComparison.OrdinalIgnoreCase)));
    }

    [Theory]
    [InlineData("DisplayName", "", "Enter your name.")]
    [InlineData("DisplayName", "toolong", "Your name must be at most 100 characters.")]
    [InlineData("Email", "", "Enter your email address.")]
    [InlineData("Email", "a@b", "Enter an email address like name@example.com.")]
    [InlineData("Email", "toolong", "The email address must be at most 256 characters.")]
    public async Task Bad_profile_input_is_answered_400_beside_the_field(string field, string value, string message)
    {
        var email = Accounts.NewEmail();
        await app.CreateCustomerAsync(email, name: "Kept Name");
        var client = await app.SignedInCustomerAsync(email);
        var fields = new Dictionary<string, string> { ["DisplayName"] = "Changed", ["Email"] = email };
        fields[field] = value == "toolong" ? (field == "Email" ? new string('e', 250) + "@example.com" : new string('n', 101)) : value;

        var response = await client.SubmitAsync("/account/profile", fields);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(message, Accounts.FieldError(await response.HtmlAsync(), field));
        Assert.Contains("Kept Name", await (await client.GetAsync("/account")).HtmlAsync(), StringComparison.Ordinal);
    }
}
