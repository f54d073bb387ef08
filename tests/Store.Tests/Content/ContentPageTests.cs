using System.Net;
using Microsoft.EntityFrameworkCore;
using Store.Content.Pages;
using Store.Tests.Infrastructure;

namespace Store.Tests.Content;

/// <summary>Content pages: drafts, preview, publishing, a renamed address answering 301, sanitized Markdown, SEO fields.</summary>
public sealed class ContentPageTests(ContentAppFactory app) : IClassFixture<ContentAppFactory>
{
    private static Dictionary<string, string> Form(string title, string slug, string markdown, bool published, string metaTitle = "", string metaDescription = "") => new()
    {
        ["Form.Title"] = title,
        ["Form.Slug"] = slug,
        ["Form.Markdown"] = markdown,
        ["Form.Published"] = published ? "true" : "false",
        ["Form.MetaTitle"] = metaTitle,
        ["Form.MetaDescription"] = metaDescription,
        ["submit"] = "save",
    };

    [Fact]
    public async Task A_published_recipe_page_shows_with_its_seo_fields_breadcrumbs_and_a_draft_stays_hidden()
    {
        var shopper = app.Browser();
        var about = await shopper.GetStringAsync("/pages/about");
        Assert.Contains("<title>About the mug shop · ", about, StringComparison.Ordinal);
        Assert.Contains("<meta name=\"description\" content=\"Who sells the mugs.\">", about, StringComparison.Ordinal);
        Assert.Contains("<h1>About us</h1>", about, StringComparison.Ordinal);
        Assert.Contains("We sell <strong>good mugs</strong>.", about, StringComparison.Ordinal);
        Assert.Matches("<li><a href=\"/\">Home</a></li><li aria-current=\"page\">About us</li>", about);

        Assert.Equal(HttpStatusCode.NotFound, (await shopper.GetAsync("/pages/secret-plans")).StatusCode);
        var admin = await app.SignedInAdminAsync();
        var id = await app.WithDbAsync(db => db.Set<ContentPage>().Where(p => p.Slug == "secret-plans").Select(p => p.Id).SingleAsync());
        var preview = await admin.GetStringAsync($"/admin/content/pages/{id}/preview");
        Assert.Contains("Preview of a draft", preview, StringComparison.Ordinal);
        var anonymous = await shopper.GetAsync($"/admin/content/pages/{id}/preview");
        Assert.NotEqual(HttpStatusCode.OK, anonymous.StatusCode);
        Assert.DoesNotContain("Not yet.", await anonymous.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_merchandiser_writes_publishes_and_renames_a_page_and_the_old_address_answers_301()
    {
        var admin = await app.SignedInAdminAsync();
        var shopper = app.Browser();

        var created = await admin.SubmitAsync("/admin/content/pages/new", Form("Care guide", "", "## Washing\n\nBy hand.", published: false));
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await shopper.GetAsync("/pages/care-guide")).StatusCode);

        var edit = created.Headers.Location!.OriginalString;
        Assert.Equal(HttpStatusCode.Redirect, (await admin.SubmitAsync(edit, Form("Care guide", "care-guide", "## Washing\n\nBy hand.", published: true))).StatusCode);
        var live = await shopper.GetStringAsync("/pages/care-guide");
        Assert.Contains("<h2>Washing</h2>", live, StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.Redirect, (await admin.SubmitAsync(edit, Form("Care guide", "caring-for-mugs", "## Washing\n\nBy hand.", published: true))).StatusCode);
        var old = await shopper.GetAsync("/pages/care-guide");
        Assert.Equal(HttpStatusCode.MovedPermanently, old.StatusCode);
        Assert.Equal("/pages/caring-for-mugs", old.Headers.Location!.OriginalString);
        Assert.Contains("<h2>Washing</h2>", await shopper.GetStringAsync("/pages/caring-for-mugs"), StringComparison.Ordinal);

        // Another page may take the old address back; it then stops redirecting.
        Assert.Equal(HttpStatusCode.Redirect, (await admin.SubmitAsync("/admin/content/pages/new", Form("New care", "care-guide", "Fresh.", published: true))).StatusCode);
        Assert.Contains("Fresh.", await shopper.GetStringAsync("/pages/care-guide"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Markdown_is_sanitized_and_previewed_without_saving()
    {
        var admin = await app.SignedInAdminAsync();
        const string Evil = "Hello <script>alert('x')</script> <img src=x onerror=alert(1)> [click](javascript:alert(2)) <a href=\"/pages/about\" onclick=\"steal()\">ok</a>";

        var preview = await admin.SubmitAsync("/admin/content/pages/new", new Dictionary<string, string>(Form("Evil", "", Evil, published: true)) { ["submit"] = "preview" });
        var previewHtml = await preview.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, preview.StatusCode);
        Assert.Contains("Preview (not saved yet)", previewHtml, StringComparison.Ordinal);
        Assert.DoesNotContain("alert('x')", previewHtml[previewHtml.IndexOf("Preview (not saved yet)", StringComparison.Ordinal)..], StringComparison.Ordinal);
        Assert.False(await app.WithDbAsync(db => db.Set<ContentPage>().AnyAsync(p => p.Title == "Evil")));

        Assert.Equal(HttpStatusCode.Redirect, (await admin.SubmitAsync("/admin/content/pages/new", Form("Evil", "", Evil, published: true))).StatusCode);
        var page = await app.Browser().GetStringAsync("/pages/evil");
        var body = page[page.IndexOf("<div class=\"prose\">", StringComparison.Ordinal)..];
        Assert.Contains("Hello", body, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", body, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("onerror", body, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("onclick", body, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("javascript:", body, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("href=\"/pages/about\"", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Bad_input_is_refused_with_messages_and_saves_nothing()
    {
        var admin = await app.SignedInAdminAsync();
        var count = await app.WithDbAsync(db => db.Set<ContentPage>().CountAsync());

        var noTitle = await admin.SubmitAsync("/admin/content/pages/new", Form("", "x", "Text", published: true));
        Assert.Equal(HttpStatusCode.BadRequest, noTitle.StatusCode);
        Assert.Contains("Enter a title.", await noTitle.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var badSlug = await admin.SubmitAsync("/admin/content/pages/new", Form("Fine", "Not A Slug!", "Text", published: true));
        Assert.Equal(HttpStatusCode.BadRequest, badSlug.StatusCode);
        Assert.Contains("Use lowercase letters, digits and single hyphens", await badSlug.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var taken = await admin.SubmitAsync("/admin/content/pages/new", Form("Another about", "about", "Text", published: true));
        Assert.Equal(HttpStatusCode.BadRequest, taken.StatusCode);
        Assert.Contains("Another page already has the address /pages/about.", await taken.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        Assert.Equal(count, await app.WithDbAsync(db => db.Set<ContentPage>().CountAsync()));
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync("/admin/content/pages/99999")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync("/admin/content/pages/abc")).StatusCode);
    }

    [Fact]
    public async Task Deleting_a_page_asks_first_naming_the_menu_links_to_it()
    {
        var admin = await app.SignedInAdminAsync();
        Assert.Equal(HttpStatusCode.Redirect, (await admin.SubmitAsync("/admin/content/pages/new", Form("Old news", "old-news", "Gone soon.", published: true))).StatusCode);
        var id = await app.WithDbAsync(db => db.Set<ContentPage>().Where(p => p.Slug == "old-news").Select(p => p.Id).SingleAsync());

        var confirm = WebUtility.HtmlDecode(await admin.GetStringAsync($"/admin/content/pages/{id}/delete"));
        Assert.Contains("Delete the page \u201cOld news\u201d?", confirm, StringComparison.Ordinal);
        Assert.Contains("/pages/old-news", confirm, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await app.Browser().GetAsync("/pages/old-news")).StatusCode);

        var aboutId = await app.WithDbAsync(db => db.Set<ContentPage>().Where(p => p.Slug == "about").Select(p => p.Id).SingleAsync());
        Assert.Contains("header menu: About", WebUtility.HtmlDecode(await admin.GetStringAsync($"/admin/content/pages/{aboutId}/delete")), StringComparison.Ordinal);

        var deleted = await admin.SubmitAsync($"/admin/content/pages/{id}/delete", new Dictionary<string, string>());
        Assert.Equal(HttpStatusCode.Redirect, deleted.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await app.Browser().GetAsync("/pages/old-news")).StatusCode);
        Assert.Contains("Page deleted.", await admin.GetStringAsync("/admin/content/pages"), StringComparison.Ordinal);
    }
}
