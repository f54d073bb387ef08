using Xunit.Abstractions;
using Xunit.Sdk;

namespace Store.Tests.Infrastructure;

/// <summary>
/// A test that needs PostgreSQL itself (not the suite's provider of the day): it exists only when
/// <c>STORE_TEST_POSTGRES</c> is set, i.e. in the postgres suite of scripts/test.sh. The script counts a
/// skipped test as a failure, so on SQLite the test is not discovered at all rather than skipped.
/// </summary>
[XunitTestCaseDiscoverer("Store.Tests.Infrastructure.PostgresFactDiscoverer", "Store.Tests")]
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
public sealed class PostgresFactAttribute : FactAttribute;

public sealed class PostgresFactDiscoverer(IMessageSink diagnosticMessageSink) : FactDiscoverer(diagnosticMessageSink)
{
    public override IEnumerable<IXunitTestCase> Discover(ITestFrameworkDiscoveryOptions discoveryOptions, ITestMethod testMethod, IAttributeInfo factAttribute) =>
        string.IsNullOrWhiteSpace(Environment.GetEnvironmentVariable(TestDatabase.PostgresVariable))
            ? []
            : base.Discover(discoveryOptions, testMethod, factAttribute);
}
