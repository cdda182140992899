resource "aws_elasticache_replication_group" "sessions" {
  replication_group_id       = "sessions"
  description                = "User sessions"
  engine                     = "valkey"
  node_type                  = "cache.r7g.large"
  num_cache_clusters         = 2
  automatic_failover_enabled = true
  maintenance_window         = "sun:05:00-sun:06:00"
}

resource "aws_elasticache_cluster" "rate_limits" {
  cluster_id                 = "rate-limits"
  engine                     = "redis"
  node_type                  = "cache.t4g.small"
  num_cache_nodes            = 1
  parameter_group_name       = "default.redis7"
  auto_minor_version_upgrade = true
}
