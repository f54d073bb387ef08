namespace Store.Tests.Deployment;

/// <summary>
/// The container files are not run here (no container engine), so they are checked as files: what compose
/// passes is what the shop reads and .env.example documents, and the image runs unprivileged with a health check.
/// </summary>
public sealed class DeploymentFilesTests
{
    private static readonly string[] ShopServices = ["migrate", "web1", "web2"];

    [Fact]
    public void Every_setting_compose_passes_to_the_shop_is_one_the_shop_reads()
    {
        foreach (var service in ShopServices)
        {
            var unknown = DeploymentFiles.ServiceEnvironment(service).Keys.Where(k => !ShopSettings.Reads(k)).ToList();
            Assert.True(unknown.Count == 0, $"{service} passes settings the shop does not read: {string.Join(", ", unknown)}");
        }

        // The nodes run with what the migrate job has, less the one-time setup.
        var node = DeploymentFiles.ServiceEnvironment("web1");
        Assert.Equal(node, DeploymentFiles.ServiceEnvironment("web2"));
        Assert.Equal(
            node.Keys.Order(),
            DeploymentFiles.ServiceEnvironment("migrate").Keys.Where(k => !k.StartsWith("Setup__", StringComparison.Ordinal)).Order());
        Assert.Equal("PostgreSql", node["Database__Provider"]);
        Assert.Contains("Host=db;", node["Database__ConnectionString"], StringComparison.Ordinal);
    }

    [Fact]
    public void Settings_the_code_reads_by_name_are_still_read_there()
    {
        foreach (var (key, file) in ShopSettings.KeysReadByName)
        {
            var source = DeploymentFiles.Read(file);
            var (section, name) = (key.Split(':')[0], key.Split(':')[1]);
            Assert.True(source.Contains($"\"{key}\"", StringComparison.Ordinal) || (source.Contains($"\"{section}\"", StringComparison.Ordinal) && source.Contains($"\"{name}\"", StringComparison.Ordinal)),
                $"{file} no longer reads {key}");
        }
    }

    [Fact]
    public void Every_variable_compose_interpolates_is_in_env_example_with_a_comment()
    {
        var example = DeploymentFiles.EnvExample();
        foreach (var name in DeploymentFiles.ComposeVariables())
        {
            Assert.True(example.ContainsKey(name), $".env.example does not list {name}, which docker-compose.yml uses");
            Assert.True(example[name].Comment.Length > 10, $".env.example has no comment above {name}");
        }

        var unused = example.Keys.Except(DeploymentFiles.ComposeVariables()).ToList();
        Assert.True(unused.Count == 0, $".env.example lists variables compose never uses: {string.Join(", ", unused)}");
        Assert.Contains(DeploymentFiles.Read(".gitignore").Split('\n'), l => l.Trim() is ".env" or "/.env");
    }

    [Fact]
    public void Secrets_have_no_value_in_the_example_and_compose_refuses_to_start_without_them()
    {
        var example = DeploymentFiles.EnvExample();
        foreach (var secret in new[] { "POSTGRES_PASSWORD", "JWT_SIGNING_KEY" })
        {
            Assert.Equal(string.Empty, example[secret].Value);
            Assert.Contains("${" + secret + ":?", DeploymentFiles.Read("docker-compose.yml"), StringComparison.Ordinal);
        }

        var variables = example.ToDictionary(e => e.Key, e => e.Value.Value);
        var error = Assert.Throws<InvalidOperationException>(() => DeploymentFiles.Interpolate(DeploymentFiles.ServiceEnvironment("web1")["Jwt__SigningKey"], variables));
        Assert.Contains("JWT_SIGNING_KEY", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Compose_runs_postgres_on_a_volume_a_migrate_job_two_nodes_behind_the_trusted_proxy_and_mailpit()
    {
        var services = DeploymentFiles.Services();
        Assert.Superset(new HashSet<string> { "db", "migrate", "web1", "web2", "proxy", "mailpit", "stripe" }, services.ToHashSet());
        Assert.Contains("db_data:/var/lib/postgresql/data", Sequence("db", "volumes"));
        Assert.Equal("migrate", Sequence("migrate", "command").Single());
        foreach (var node in new[] { "web1", "web2" })
        {
            Assert.Contains("app_data:/app/App_Data", Sequence(node, "volumes"));
            Assert.Contains("service_completed_successfully", DeploymentFiles.Service(node)["depends_on"].ToString(), StringComparison.Ordinal);
            Assert.False(DeploymentFiles.Service(node).Children.ContainsKey("ports"), "a node must be reached through the proxy only");
        }

        // The address the nodes trust for X-Forwarded-For is the proxy's fixed address, and only that.
        var proxyAddress = ((YamlDotNet.RepresentationModel.YamlMappingNode)DeploymentFiles.Service("proxy")["networks"])["shop"]["ipv4_address"].ToString();
        Assert.Equal(proxyAddress, DeploymentFiles.ServiceEnvironment("web1")["ForwardedHeaders__KnownProxies"]);
        Assert.DoesNotContain("ASPNETCORE_FORWARDEDHEADERS_ENABLED", DeploymentFiles.Read("docker-compose.yml"), StringComparison.Ordinal);
        Assert.Contains("reverse_proxy web1:8080 web2:8080", DeploymentFiles.Read("deploy/Caddyfile"), StringComparison.Ordinal);
        var example = DeploymentFiles.EnvExample().ToDictionary(e => e.Key, e => e.Value.Value);
        Assert.Equal("mailpit", DeploymentFiles.Interpolate(DeploymentFiles.ServiceEnvironment("web1")["Email__Smtp__Host"], example));
        Assert.Equal("stripe", Sequence("stripe", "profiles").Single());
    }

    [Fact]
    public void The_image_runs_as_a_non_root_user_with_app_data_as_a_volume_and_a_health_check_on_a_real_path()
    {
        var runtime = DeploymentFiles.RuntimeStage();
        Assert.StartsWith("FROM mcr.microsoft.com/dotnet/aspnet:", runtime[0], StringComparison.Ordinal);
        var user = runtime.Last(l => l.StartsWith("USER ", StringComparison.Ordinal))[5..].Trim();
        Assert.DoesNotContain(user, new[] { "root", "0", "0:0" });
        Assert.True(runtime.FindIndex(l => l.StartsWith("USER ", StringComparison.Ordinal)) < runtime.FindIndex(l => l.StartsWith("ENTRYPOINT", StringComparison.Ordinal)));
        Assert.Contains(runtime, l => l.StartsWith("VOLUME", StringComparison.Ordinal) && l.Contains("/app/App_Data", StringComparison.Ordinal));

        var health = runtime.Single(l => l.StartsWith("HEALTHCHECK", StringComparison.Ordinal));
        var path = System.Text.RegularExpressions.Regex.Match(health, @"http://127\.0\.0\.1:8080(/[^\s]*)").Groups[1].Value;
        Assert.Equal("/health/ready", path);
        Assert.Contains($"\"{path}\"", DeploymentFiles.Read("Framework/Store.Core/Health/HealthEndpoints.cs"), StringComparison.Ordinal);
        Assert.Equal("8080", DeploymentFiles.RuntimeEnvironment()["ASPNETCORE_HTTP_PORTS"]);

        // The build stage restores and publishes Release; no secret is baked into any stage.
        var dockerfile = DeploymentFiles.Read("Dockerfile");
        Assert.Contains("dotnet restore", dockerfile, StringComparison.Ordinal);
        Assert.Contains("dotnet publish Store.Web/Store.Web.csproj -c Release", dockerfile, StringComparison.Ordinal);
        Assert.DoesNotMatch("(?im)^(ENV|ARG).*(password|secret|signingkey|connectionstring)", dockerfile);
        var ignored = DeploymentFiles.Read(".dockerignore").Split('\n').Select(l => l.Trim()).ToList();
        Assert.Contains(".env", ignored);
        Assert.Contains("**/App_Data", ignored);
        Assert.Contains("**/bin", ignored);
    }

    [Fact]
    public void The_workflow_runs_the_test_script_uploads_results_and_pushes_the_image_on_a_version_tag()
    {
        var workflow = DeploymentFiles.Read(".github/workflows/ci.yml");
        Assert.Contains("bash scripts/test.sh", workflow, StringComparison.Ordinal);
        Assert.Contains("pull_request", workflow, StringComparison.Ordinal);
        Assert.Contains("artifacts/test-results/", workflow, StringComparison.Ordinal);
        Assert.Contains("screenshots/", workflow, StringComparison.Ordinal);
        Assert.Contains("startsWith(github.ref, 'refs/tags/v')", workflow, StringComparison.Ordinal);
        Assert.Contains("ghcr.io/${{ github.repository }}", workflow, StringComparison.Ordinal);
        Assert.Contains("exec bash scripts/test.sh", DeploymentFiles.Read(".ci/run"), StringComparison.Ordinal);
    }

    private static List<string> Sequence(string service, string key) =>
        ((YamlDotNet.RepresentationModel.YamlSequenceNode)DeploymentFiles.Service(service)[key]).Children.Select(c => c.ToString()).ToList();
}
