resource "aws_elastic_beanstalk_application" "storefront" {
  name = "storefront"
}

resource "aws_elastic_beanstalk_environment" "storefront_web" {
  name                = "storefront-web"
  application         = aws_elastic_beanstalk_application.storefront.name
  solution_stack_name = "64bit Amazon Linux 2023 v6.1.0 running Node.js 20"

  setting {
    namespace = "aws:elasticbeanstalk:healthreporting:system"
    name      = "SystemType"
    value     = "enhanced"
  }

  setting {
    namespace = "aws:elasticbeanstalk:managedactions"
    name      = "ManagedActionsEnabled"
    value     = "true"
  }

  setting {
    namespace = "aws:elasticbeanstalk:managedactions"
    name      = "PreferredStartTime"
    value     = "Sun:02:00"
  }

  setting {
    namespace = "aws:elasticbeanstalk:managedactions:platformupdate"
    name      = "UpdateLevel"
    value     = "minor"
  }
}

resource "aws_elastic_beanstalk_configuration_template" "worker_defaults" {
  name                = "worker-defaults"
  application         = aws_elastic_beanstalk_application.storefront.name
  solution_stack_name = "64bit Amazon Linux 2023 v6.1.0 running Node.js 20"

  setting {
    namespace = "aws:elasticbeanstalk:managedactions"
    name      = "ManagedActionsEnabled"
    value     = "true"
  }
}

# the saved configuration carries the managed-update options
resource "aws_elastic_beanstalk_environment" "storefront_worker" {
  name          = "storefront-worker"
  application   = aws_elastic_beanstalk_application.storefront.name
  template_name = aws_elastic_beanstalk_configuration_template.worker_defaults.name
  tier          = "Worker"
}
