using Store.Translations.Checks;
using Store.Translations.Extraction;

namespace Store.Tests.Translations;

/// <summary>What extraction finds in each kind of source, and the shipped templates and PO files as committed.</summary>
public sealed class ExtractionTests
{
    [Fact]
    public void Liquid_calls_give_their_text_context_plural_and_line()
    {
        const string template = """
            {% assign subject = "Order {0} was delivered" | t: number %}
            <p>{{ 'Hello {0},' | t: name }}</p>
            <button>{{ "Order" | t: context: "verb" }}</button>
            <p>{{ "{0} product" | t_plural: "{0} products", total }} {{ "Apply" | t | upcase }}</p>
            {{ error | t }} {{ "not translated" | truncate: 5 }}
            """;

        var found = LiquidStrings.Find(template, "Views/Email/Sample.liquid").ToList();

        Assert.Equal(
            [
                new FoundString(null, "Order {0} was delivered", null, "Views/Email/Sample.liquid:1"),
                new FoundString(null, "Hello {0},", null, "Views/Email/Sample.liquid:2"),
                new FoundString("verb", "Order", null, "Views/Email/Sample.liquid:3"),
                new FoundString(null, "{0} product", "{0} products", "Views/Email/Sample.liquid:4"),
                new FoundString(null, "Apply", null, "Views/Email/Sample.liquid:4"),
            ],
            found);
    }

    [Fact]
    public void CSharp_localizer_calls_and_validation_messages_are_found_and_other_indexers_are_not()
    {
        const string code = """
            internal sealed class Sample(IStringLocalizer<Sample> T, IPluralStringLocalizer localizer)
            {
                private const string Notice = "Part of the form could not be read.";

                [Required(ErrorMessage = "Enter your email.")]
                public string Email { get; set; } = "";

                public string[] Texts() =>
                [
                    T["Saved \"{0}\".", name],
                    localizer.Get("noun", "Order").Value,
                    localizer.Plural("{0} review", "{0} reviews", count).Value,
                    factory.Create(typeof(Sample)).GetString(Notice).Value,
                    Request.Headers["Accept"],
                    xml.Get("Cube", "http://example.com"),
                ];
            }
            """;

        var found = CSharpStrings.Find(code, "Sample.cs").ToList();

        Assert.Equal(
            [
                new FoundString(null, "Enter your email.", null, "Sample.cs:5"),
                new FoundString(null, "Saved \"{0}\".", null, "Sample.cs:10"),
                new FoundString("noun", "Order", null, "Sample.cs:11"),
                new FoundString(null, "{0} review", "{0} reviews", "Sample.cs:12"),
                new FoundString(null, "Part of the form could not be read.", null, "Sample.cs:13"),
            ],
            found);
    }

    [Fact]
    public void Admin_menu_items_give_their_title_and_group_and_unicode_escapes_become_their_characters()
    {
        const string code = """
            public override IEnumerable<AdminMenuItem> AdminMenu =>
            [
                new("Products", "/admin/catalog/products", CatalogPermissions.ManageProducts.Name, 10, "Catalog"),
                new AdminMenuItem("Reports", "/admin/reports", OrdersPermissions.ManageOrders.Name),
                new("Not a menu item", "/products"),
            ];

            string Heading() => T["Delete \u201c{0}\u201d?", name];
            """;

        var found = CSharpStrings.Find(code, "SampleModule.cs").ToList();

        Assert.Equal(
            [
                new FoundString(null, "Delete \u201c{0}\u201d?", null, "SampleModule.cs:8"),
                new FoundString(null, "Products", null, "SampleModule.cs:3"),
                new FoundString(null, "Catalog", null, "SampleModule.cs:3"),
                new FoundString(null, "Reports", null, "SampleModule.cs:4"),
            ],
            found);
    }

    [Fact]
    public void The_committed_templates_hold_every_shipped_string_and_the_shipped_PO_files_have_no_errors()
    {
        var root = SourceTree.FindRoot(AppContext.BaseDirectory);
        Assert.NotNull(root);

        var report = SourceCheck.Run(root);

        // Run `dotnet run --project Store.Web -- translations check` for the same report.
        Assert.True(report.ErrorCount == 0, string.Join('\n', report.Problems.Where(p => p.IsError)));
        Assert.Contains(report.Lines, l => l.StartsWith("fr Store.Catalog: ", StringComparison.Ordinal));
        var accounts = SourceTree.Projects(root).Single(p => p.Name == "Store.Accounts");
        var template = File.ReadAllText(accounts.TemplatePath);
        // A validation message, an email's subject and a page's string are all in the module's template.
        Assert.Contains("msgid \"Enter a valid email address.\"", template, StringComparison.Ordinal);
        Assert.Contains("#: Areas/Admin/Pages/Login.cshtml.cs:", template, StringComparison.Ordinal);
        Assert.Contains("#: Views/Email/", template, StringComparison.Ordinal);
    }

    [Fact]
    public void A_string_added_to_a_template_makes_the_check_fail_until_extraction_runs()
    {
        var root = Directory.CreateTempSubdirectory("store-extract").FullName;
        try
        {
            File.WriteAllText(Path.Combine(root, "Store.sln"), string.Empty);
            var module = Directory.CreateDirectory(Path.Combine(root, "Modules", "Store.Sample")).FullName;
            File.WriteAllText(Path.Combine(module, "Store.Sample.csproj"), "<Project />");
            Directory.CreateDirectory(Path.Combine(module, "Views"));
            File.WriteAllText(Path.Combine(module, "Views", "Page.liquid"), "{{ \"Hello\" | t }}");
            var project = SourceTree.Projects(root).Single();
            Directory.CreateDirectory(project.LocalizationFolder);
            File.WriteAllText(project.TemplatePath, TemplateExtractor.Write(project, TemplateExtractor.Extract(project)));
            Assert.Equal(0, SourceCheck.Run(root).ErrorCount);

            File.AppendAllText(Path.Combine(module, "Views", "Page.liquid"), "{{ \"Goodbye\" | t }}");

            var stale = SourceCheck.Run(root);
            Assert.Contains(stale.Problems, p => p.IsError && p.File == "Modules/Store.Sample/Localization/messages.pot" && p.Message.StartsWith("out of date", StringComparison.Ordinal));
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }
}
