variable "broker_password" {
  type      = string
  sensitive = true
}

resource "aws_mq_broker" "orders" {
  broker_name        = "orders"
  engine_type        = "ActiveMQ"
  engine_version     = "5.17.6"
  host_instance_type = "mq.m5.large"
  deployment_mode    = "ACTIVE_STANDBY_MULTI_AZ"

  user {
    username = "orders-service"
    password = var.broker_password
  }
}

resource "aws_mq_broker" "notifications" {
  broker_name                = "notifications"
  engine_type                = "RabbitMQ"
  engine_version             = "3.12.13"
  host_instance_type         = "mq.m5.large"
  deployment_mode            = "CLUSTER_MULTI_AZ"
  auto_minor_version_upgrade = false

  user {
    username = "notifier"
    password = var.broker_password
  }
}
