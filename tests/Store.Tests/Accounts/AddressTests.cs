using System.Net;
using System.Text.RegularExpressions;
using Store.Tests.Infrastructure;

namespace Store.Tests.Accounts;

public sealed partial class AddressTests(StoreAppFactory app) : IClassFixture<StoreAppFactory>
{
    private static Dictionary<string, string> Home(string name = "Ada Lovelace") => new()
    {
        ["FullName"] = name,
        ["Line1"] = "12 Rue de la Paix",
        ["Line2"] = "",
        ["City"] = "Paris",
        ["Region"] = "",
        ["PostalCode"] = "75002",
        ["Country"] = "fr",
        ["Phone"] = "+33 1 23 45 67 89",
    };

    private async Task<(HttpClient Client, string Email)> CustomerAsync()
    {
        var email = Accounts.NewEmail();
        await app.CreateCustomerAsync(email);
        return (await app.SignedInCustomerAsync(email), email);
    }

    private static async Task<List<int>> IdsAsync(HttpClient client) =>
        EditLink().Matches(await (await client.GetAsync("/account/addresses")).HtmlAsync()).Select(m => int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture)).ToList();

    [Fact]
    public async Task Add_edit_make_default_and_delete_addresses()
    {
        var (client, _) = await CustomerAsync();

        var added = await client.SubmitAsync("/account/addresses/new", Home());
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        await client.SubmitAsync("/account/addresses/new", Home("Charles Babbage"));
        var list = await (await client.GetAsync("/account/addresses")).HtmlAsync();
        Assert.Contains("Ada Lovelace</strong> <span class=\"badge\">Default</span>", list, StringComparison.Ordinal);
        Assert.Contains("75002 Paris", list, StringComparison.Ordinal);
        Assert.Contains("FR", list, StringComparison.Ordinal);
        var ids = await IdsAsync(client);
        Assert.Equal(2, ids.Count);

        var edit = Home("Ada King");
        edit["City"] = "Lyon";
        Assert.Equal(HttpStatusCode.Redirect, (await client.SubmitAsync($"/account/addresses/{ids[0]}", edit)).StatusCode);
        Assert.Contains("Ada King", await (await client.GetAsync($"/account/addresses/{ids[0]}")).HtmlAsync(), StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.Redirect, (await client.SubmitAsync("/account/addresses", new Dictionary<string, string>(), $"/account/addresses/{ids[1]}/default")).StatusCode);
        Assert.Contains("Charles Babbage</strong> <span class=\"badge\">Default</span>", await (await client.GetAsync("/account/addresses")).HtmlAsync(), StringComparison.Ordinal);

        // Deleting the default hands the role to the remaining address.
        Assert.Equal(HttpStatusCode.Redirect, (await client.SubmitAsync("/account/addresses", new Dictionary<string, string>(), $"/account/addresses/{ids[1]}/delete")).StatusCode);
        var after = await (await client.GetAsync("/account/addresses")).HtmlAsync();
        Assert.DoesNotContain("Charles Babbage", after, StringComparison.Ordinal);
        Assert.Contains("Ada King</strong> <span class=\"badge\">Default</span>", after, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Another_users_address_answers_404_and_stays_untouched()
    {
        var (owner, _) = await CustomerAsync();
        await owner.SubmitAsync("/account/addresses/new", Home());
        var id = (await IdsAsync(owner)).Single();
        var (other, _) = await CustomerAsync();

        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/account/addresses/{id}")).StatusCode);
        var token = FormPost.TokenOf(await (await other.GetAsync("/account/addresses/new")).HtmlAsync());
        Assert.Equal(HttpStatusCode.NotFound, (await other.PostFormAsync($"/account/addresses/{id}", Home("Mallory"), token)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.PostFormAsync($"/account/addresses/{id}/default", new Dictionary<string, string>(), token)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.PostFormAsync($"/account/addresses/{id}/delete", new Dictionary<string, string>(), token)).StatusCode);

        var mine = await (await owner.GetAsync("/account/addresses")).HtmlAsync();
        Assert.Contains("Ada Lovelace", mine, StringComparison.Ordinal);
        Assert.DoesNotContain("Mallory", mine, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Delete_without_the_antiforgery_token_is_refused()
    {
        var (client, _) = await CustomerAsync();
        await client.SubmitAsync("/account/addresses/new", Home());
        var id = (await IdsAsync(client)).Single();

        var response = await client.PostFormAsync($"/account/addresses/{id}/delete", new Dictionary<string, string>(), token: null);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Single(await IdsAsync(client));
    }

    [Theory]
    [InlineData("FullName", "", "Enter the recipient's name.")]
    [InlineData("FullName", "toolong", "The recipient's name must be at most 100 characters.")]
    [InlineData("Line1", "", "Enter the street address.")]
    [InlineData("Line1", "toolong", "The street address must be at most 200 characters.")]
    [InlineData("Line2", "toolong", "The second address line must be at most 200 characters.")]
    [InlineData("City", "", "Enter the city.")]
    [InlineData("City", "toolong", "The city must be at most 100 characters.")]
    [InlineData("Region", "toolong", "The region must be at most 100 characters.")]
    [InlineData("PostalCode", "", "Enter the postal code.")]
    [InlineData("PostalCode", "toolong", "The postal code must be at most 20 characters.")]
    [InlineData("PostalCode", "75<02>", "A postal code has letters, digits, spaces and dashes only.")]
    [InlineData("Country", "", "Choose the country.")]
    [InlineData("Country", "France", "Enter a two-letter country code, such as FR or US.")]
    [InlineData("Country", "ZZ", "Enter a two-letter country code, such as FR or US.")]
    [InlineData("Phone", "toolong", "The phone number must be at most 30 characters.")]
    [InlineData("Phone", "call me", "A phone number has digits, spaces, +, -, ( and ) only, at least 6 digits.")]
    public async Task Each_bad_field_is_answered_400_with_its_message(string field, string value, string message)
    {
        var (client, _) = await CustomerAsync();
        var fields = Home();
        fields[field] = value == "toolong" ? new string('7', 201) : value;

        var response = await client.SubmitAsync("/account/addresses/new", fields);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var html = await response.HtmlAsync();
        Assert.Equal(message, Accounts.FieldError(html, field));
        // The form comes back with what was typed, so only the bad field needs fixing.
        Assert.Contains(field == "City" ? "value=\"12 Rue de la Paix\"" : "value=\"Paris\"", html, StringComparison.Ordinal);
        Assert.Empty(await IdsAsync(client));
    }

    [Fact]
    public async Task Deleting_an_address_first_shows_it_and_only_the_confirmation_deletes_it()
    {
        var (client, _) = await CustomerAsync();
        await client.SubmitAsync("/account/addresses/new", Home("Grace Hopper"));
        var id = (await IdsAsync(client)).Single();
        Assert.Contains($"href=\"/account/addresses/{id}/delete\">Delete</a>", await (await client.GetAsync("/account/addresses")).HtmlAsync(), StringComparison.Ordinal);

        var confirm = await (await client.GetAsync($"/account/addresses/{id}/delete")).HtmlAsync();
        Assert.Contains("Delete this address?", confirm, StringComparison.Ordinal);
        Assert.Contains("<strong>Grace Hopper</strong>", confirm, StringComparison.Ordinal);
        Assert.Contains("It is your default address", confirm, StringComparison.Ordinal);
        Assert.Single(await IdsAsync(client));

        var (other, _) = await CustomerAsync();
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/account/addresses/{id}/delete")).StatusCode);

        Assert.Equal(HttpStatusCode.Redirect, (await client.SubmitAsync($"/account/addresses/{id}/delete", new Dictionary<string, string>())).StatusCode);
        Assert.Empty(await IdsAsync(client));
    }

    [GeneratedRegex("href=\"/account/addresses/(\\d+)\"")]
    private static partial Regex EditLink();
}
