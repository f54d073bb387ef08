using System.Security.Cryptography;
using Store.Tests.Infrastructure;

namespace Store.Tests.Deployment;

/// <summary>
/// docker-compose.yml run as processes: the test's PostgreSQL database, the <c>migrate</c> job, two Store.Web
/// nodes and the proxy in front, every process started with the environment compose gives its service
/// (interpolated from .env.example, on top of the image's ENV). Only what names a host or a secret is swapped for
/// this machine's: the database, the SMTP server (in the test), the proxy's address and URL, the node's port.
/// The processes run the already-built Release output of Store.Web in place (a <c>dotnet publish</c> would
/// cost about a minute and 500 MB of copies for the same assemblies), with a content root of their own.
/// </summary>
public sealed class ShopTopology : IAsyncLifetime
{
    public const string AdminPassword = "Deploy-admin-pass-1";

    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(90);
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "store-topology-" + Guid.NewGuid().ToString("n"));
    private readonly Dictionary<string, string> _nodeUrls = new()
    {
        ["a"] = $"http://127.0.0.1:{SmtpTestServer.FreePort()}",
        ["b"] = $"http://127.0.0.1:{SmtpTestServer.FreePort()}",
    };

    private readonly List<ShopProcess> _nodes = [];

    public TestDatabase Database { get; } = new();

    public SmtpTestServer Smtp { get; } = new SmtpTestServer().Start();

    public TestProxy Proxy { get; private set; } = null!;

    public string AdminEmail { get; private set; } = string.Empty;

    public ShopProcess NodeA => _nodes[0];

    public ShopProcess NodeB => _nodes[1];

    public string NodeUrl(string id) => _nodeUrls[id];

    public async Task InitializeAsync()
    {
        Assert.True(Database.IsPostgres, "The topology runs on PostgreSQL, as docker-compose.yml does.");
        var (app, contentRoot) = PrepareApp();
        Proxy = await TestProxy.StartAsync(_nodeUrls);

        var migrateEnvironment = Environment("migrate");
        AdminEmail = migrateEnvironment["Setup__AdminEmail"];
        await using (var migrate = ShopProcess.Start("migrate", app, contentRoot, migrateEnvironment, "migrate"))
        {
            var exit = await migrate.WaitForExitAsync(StartTimeout);
            Assert.True(exit == 0 && migrate.Logged("Migrations applied."), $"migrate exited with {exit}:\n{migrate.Output}");
        }

        foreach (var (id, url) in _nodeUrls)
        {
            var environment = Environment("web1");
            environment["ASPNETCORE_URLS"] = url;
            _nodes.Add(ShopProcess.Start("node " + id, app, contentRoot, environment));
        }

        using var client = new HttpClient();
        foreach (var (node, url) in _nodes.Zip(_nodeUrls.Values))
        {
            await Eventually.ValueAsync(
                async () =>
                {
                    if (node.HasExited)
                    {
                        throw new InvalidOperationException($"{node.Name} exited:\n{node.Output}");
                    }

                    try
                    {
                        return (await client.GetAsync(url + "/health/ready")).IsSuccessStatusCode ? node : null;
                    }
                    catch (HttpRequestException)
                    {
                        return null;
                    }
                },
                $"{node.Name} did not become ready:\n{node.Output}",
                StartTimeout);
        }
    }

    public async Task DisposeAsync()
    {
        foreach (var node in _nodes)
        {
            await node.DisposeAsync();
        }

        if (Proxy is not null)
        {
            await Proxy.DisposeAsync();
        }

        await Smtp.DisposeAsync();
        await Database.DisposeAsync();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // A file still held by a process that is going away; the temp folder is cleaned by the OS later.
        }
    }

    /// <summary>What a container of a compose service starts with, with this machine's hosts and secrets.</summary>
    private Dictionary<string, string> Environment(string service)
    {
        var variables = DeploymentFiles.EnvExample().ToDictionary(e => e.Key, e => e.Value.Value);
        // The two values .env.example leaves for the operator to fill in.
        variables["POSTGRES_PASSWORD"] = "not-used-by-the-test-database";
        variables["JWT_SIGNING_KEY"] = Convert.ToBase64String(SigningKey);
        variables["ADMIN_PASSWORD"] = AdminPassword;

        var environment = new Dictionary<string, string>(DeploymentFiles.RuntimeEnvironment());
        foreach (var (key, value) in DeploymentFiles.ServiceEnvironment(service))
        {
            environment[key] = DeploymentFiles.Interpolate(value, variables);
        }

        var machine = new Dictionary<string, string>
        {
            ["Database__ConnectionString"] = Database.ConnectionString,
            ["Email__Smtp__Host"] = "127.0.0.1",
            ["Email__Smtp__Port"] = Smtp.Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Email__BaseUrl"] = Proxy.Url,
            ["ForwardedHeaders__KnownProxies"] = LoopbackAddress.Proxy.ToString(),
        };
        if (service == "migrate")
        {
            // An empty shop sets up in a second; the demo recipe draws a hundred pictures first.
            machine["Setup__Recipe"] = "default";
        }

        foreach (var (key, value) in machine)
        {
            Assert.True(environment.ContainsKey(key), $"docker-compose.yml no longer sets {key} for {service}");
            environment[key] = value;
        }

        // How the test sees which address the shop took for the client (docs/deploy.md: checking the proxy).
        environment["Logging__LogLevel__Store.ClientAddress"] = "Debug";
        return environment;
    }

    private static readonly byte[] SigningKey = RandomNumberGenerator.GetBytes(32);

    /// <summary>
    /// Store.Web's Release output (scripts/test.sh builds it before the tests) and a content root beside it, as
    /// the image's /app: appsettings.json and App_Data, the folder the nodes share like compose's app_data volume.
    /// </summary>
    private (string App, string ContentRoot) PrepareApp()
    {
        var testOutput = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
        var built = Path.Combine(DeploymentFiles.Root, "Store.Web", "bin", testOutput.Parent!.Name, testOutput.Name);
        Assert.True(File.Exists(Path.Combine(built, "Store.Web.dll")), $"Build Store.Web first: no {built}/Store.Web.dll");
        var contentRoot = Path.Combine(_folder, "app");
        Directory.CreateDirectory(Path.Combine(contentRoot, "App_Data"));
        File.Copy(Path.Combine(built, "appsettings.json"), Path.Combine(contentRoot, "appsettings.json"));
        return (built, contentRoot);
    }
}
