variable "broker_password" {
  type      = string
  sensitive = true
}

resource "aws_mq_broker" "orders" {
  broker_name                = "orders"
  engine_type                = "ActiveMQ"
  engine_version             = "5.18"
  host_instance_type         = "mq.m5.large"
  auto_minor_version_upgrade = true

  user {
    username = "orders-service"
    password = var.broker_password
  }
}

resource "aws_mq_broker" "notifications" {
  broker_name                = "notifications"
  engine_type                = "RabbitMQ"
  engine_version             = "3.13"
  host_instance_type         = "mq.m5.large"
  deployment_mode            = "SINGLE_INSTANCE"
  auto_minor_version_upgrade = true

  user {
    username = "notifier"
    password = var.broker_password
  }
}
