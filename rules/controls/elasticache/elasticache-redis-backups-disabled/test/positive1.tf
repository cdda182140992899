resource "aws_elasticache_replication_group" "sessions" {
  replication_group_id       = "sessions"
  description                = "User sessions"
  engine                     = "redis"
  node_type                  = "cache.r7g.large"
  num_cache_clusters         = 2
  automatic_failover_enabled = true
}

resource "aws_elasticache_cluster" "leaderboard" {
  cluster_id               = "leaderboard"
  engine                   = "valkey"
  node_type                = "cache.t4g.medium"
  num_cache_nodes          = 1
  parameter_group_name     = "default.valkey8"
  snapshot_retention_limit = 0
}
